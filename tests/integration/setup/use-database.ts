import { inject } from "vitest";

// Runs before each test file imports anything: lib/env reads DATABASE_URL lazily, so the data
// layer connects to this project's database (SQLite file or PostgreSQL server).
process.env.DATABASE_URL = inject("databaseUrl");
