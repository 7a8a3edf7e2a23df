import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

const alias = { "@": root };
// The data layer imports "server-only", which refuses to load outside a React server bundle.
const serverAlias = { ...alias, "server-only": path.join(root, "tests/support/empty.ts") };

/** The data-layer suite runs twice: against a SQLite file and against a real PostgreSQL server. */
function integration(provider: "sqlite" | "postgresql") {
  return {
    resolve: { alias: serverAlias },
    test: {
      name: `integration-${provider}`,
      include: ["tests/integration/**/*.test.ts"],
      environment: "node",
      globalSetup: [`tests/integration/setup/global-${provider}.ts`],
      setupFiles: ["tests/integration/setup/use-database.ts"],
      testTimeout: 60_000,
      hookTimeout: 120_000,
      fileParallelism: false,
    },
  };
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias: serverAlias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      integration("sqlite"),
      integration("postgresql"),
    ],
  },
});
