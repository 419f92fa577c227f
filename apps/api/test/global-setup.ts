import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate, openDatabase } from "../src/db/database.ts";

export const TEMPLATE_DB = "verbatim_test_template";

/**
 * One PostgreSQL per run: a fresh embedded cluster in a temp folder, or TEST_DATABASE_URL's server.
 * Migrations are applied once to a template database; each test file clones it (see support/test-server.ts).
 */
export default async function setup(project: TestProject) {
  const dataDir = process.env.TEST_DATABASE_URL ? null : await mkdtemp(path.join(os.tmpdir(), "verbatim-test-"));
  const handle = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL, dataDir: dataDir ?? "", log: () => {} });
  const admin = new URL(handle.url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await client.end();
  const template = new URL(handle.url);
  template.pathname = `/${TEMPLATE_DB}`;
  await migrate(template.toString(), () => {});
  project.provide("databaseServerUrl", admin.toString());

  return async () => {
    await handle.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseServerUrl: string;
  }
}
