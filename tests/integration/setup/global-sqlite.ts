import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrate } from "./migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "candor-sqlite-"));
  const url = `file:${path.join(dir, "test.db")}`;
  migrate(url);
  project.provide("databaseUrl", url);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
