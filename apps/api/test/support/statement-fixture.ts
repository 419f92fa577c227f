import { afterAll, beforeAll } from "vitest";
import { importStatement, member, type Member, setUp } from "./factories.ts";
import { startTestServer, type TestServer } from "./test-server.ts";

export interface StatementFixture {
  server: TestServer;
  admin: Member;
  /** "Ana Analyst", who imported the statement. */
  analyst: Member;
  slug: string;
}

/**
 * What many API test files start from: a server, its first admin, an analyst, and a statement the analyst
 * imported (SAMPLE_TEXT). Call it at the top of the file: it sets up before the tests and stops the server after.
 */
export function statementFixture(): StatementFixture {
  const f = {} as StatementFixture;
  beforeAll(async () => {
    f.server = await startTestServer();
    f.admin = await setUp(f.server);
    f.analyst = await member(f.server, f.admin.workspaceId, "analyst", "Ana Analyst");
    f.slug = (await importStatement(f.analyst.client)).slug;
  });
  afterAll(() => f.server.stop());
  return f;
}
