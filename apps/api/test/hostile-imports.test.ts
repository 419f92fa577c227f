import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, type ApiResponse } from "./support/api-client.ts";
import { recordServerErrors } from "./support/assertions.ts";
import { setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

/**
 * The texts a load test found to stall the whole API or to answer 500 (issue "No request can stall the server"),
 * sent as an analyst would. Each must end in an answer (a preview, or a 4xx saying why not), never a 500, while the
 * server goes on answering others; that the API answers while work runs is proven with a held thread in
 * work-pool.test.ts.
 */
let server: TestServer;
let client: ApiClient;
const failures: string[] = [];
beforeAll(async () => {
  // A short budget bounds the worst case (ten tasks, each stopped at its budget, two or more threads) well inside
  // the test's own timeout; every case's outcome stays a preview or a 4xx whatever the budget.
  server = await startTestServer({ work: { budget: { timeMs: 2_000 } } });
  client = (await setUp(server)).client;
  recordServerErrors(client, failures);
});
afterAll(async () => {
  await server.stop();
  expect(failures, "responses with status 500").toEqual([]);
});

const HOSTILE: [string, "text" | "markdown" | "html", string][] = [
  ["<div> × 200,000 as HTML (1 MB)", "html", "<div>".repeat(200_000)],
  ['"x\\n" × 100,000 as text', "text", "x\n".repeat(100_000)],
  ['"x\\n" × 999,999 as text', "text", "x\n".repeat(999_999)],
  ['"[" × 200,000 as Markdown', "markdown", "[".repeat(200_000)],
  ['">" × 10,000 as Markdown', "markdown", ">".repeat(10_000)],
  ['">" × 100,000 as Markdown', "markdown", ">".repeat(100_000)],
  ["1 MB of YAML front matter", "markdown", `---\n${"a: b\n".repeat(200_000)}---\n\nWe speak today.\n`],
];

/** Sends a request and, while it runs, asks for health: the two run side by side, and both must answer well. */
async function sendBeside(request: () => Promise<ApiResponse>): Promise<{ res: ApiResponse; health: ApiResponse }> {
  const pending = request();
  const health = await client.get("/api/health");
  return { res: await pending, health };
}

describe("hostile import texts", () => {
  it.each(HOSTILE)("%s: answered, never 500, and health answers beside it", async (_name, format, content) => {
    const { res, health } = await sendBeside(() => client.post("/api/imports/preview", { format, content }));
    expect(health.status).toBe(200);
    expect(res.status === 200 || (res.status >= 400 && res.status < 500), `${res.status} ${res.text.slice(0, 200)}`).toBe(true);
  });

  // Up to five rounds of two threads, each ended at its budget and replaced: bounded, but longer than a default test.
  it("ten hostile previews at once leave the API answering", { timeout: 120_000 }, async () => {
    const pending = Array.from({ length: 10 }, () =>
      client.post("/api/imports/preview", { format: "markdown", content: ">".repeat(100_000) }),
    );
    expect((await client.get("/api/health")).status).toBe(200);
    expect((await client.get("/api/statements")).status).toBe(200);
    for (const res of await Promise.all(pending)) expect(res.status, res.text.slice(0, 200)).toBeLessThan(500);
  });
});

describe("deeply nested JSON before signing in", () => {
  it.each(["/api/auth/login", "/api/setup", "/api/invite/not-a-token/accept"])("%s: 400 invalid_json, ten at once", async (path) => {
    const raw = `{"email":${"[".repeat(20_000)}${"]".repeat(20_000)}}`;
    const anonymous = new ApiClient(server.url);
    const pending = Array.from({ length: 10 }, () => anonymous.request("POST", path, { raw }));
    expect((await anonymous.get("/api/health")).status).toBe(200);
    for (const res of await Promise.all(pending)) {
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("invalid_json");
    }
  });
});
