import type { TestProject } from "vitest/node";
import { startPostgres } from "./postgres-server";
import { migrate } from "./migrate";

export default async function setup(project: TestProject) {
  const server = await startPostgres();
  migrate(server.url);
  project.provide("databaseUrl", server.url);
  return () => server.stop();
}
