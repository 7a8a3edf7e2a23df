import { inject } from "vitest";

// Runs before each test file imports anything: lib/env reads DATABASE_URL lazily, so the data
// layer connects to this project's database (SQLite file or PostgreSQL server).
process.env.DATABASE_URL = inject("databaseUrl");
// Test-only: the webhook tests' receivers listen on 127.0.0.1, which production never delivers to.
process.env.CANDOR_WEBHOOK_ALLOW_HOSTS = "127.0.0.1";
