import { MAX_DROPPED_LINES } from "@verbatim/core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ApiClient, type ApiResponse } from "./support/api-client.ts";
import { recordServerErrors } from "./support/assertions.ts";
import { setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

/**
 * The texts a load test found to stall the whole API or to answer 500 (issue "No request can stall the server"),
 * sent as an analyst would. Each must end in the answer named beside it (a preview, or a 4xx saying why not), while the
 * server goes on answering others; that the API answers while work runs is proven with a held thread in
 * work-pool.test.ts.
 */
let server: TestServer;
let client: ApiClient;
const failures: string[] = [];
// The test checks what each text comes to, not how fast: on a loaded machine the slowest shapes take several times
// their usual second or two, so the budget (whose refusal work-pool.test.ts proves with a held thread) and the
// watchdog are set well past that.
vi.setConfig({ testTimeout: 120_000 });
beforeAll(async () => {
  server = await startTestServer({ work: { budget: { timeMs: 100_000 } } });
  client = (await setUp(server)).client;
  recordServerErrors(client, failures);
});
afterAll(async () => {
  await server.stop();
  expect(failures, "responses with status 500").toEqual([]);
});

/** What each text must come to: a preview of so many paragraphs, or a 4xx with this code. */
type Outcome = { paragraphs: number; dropped?: number } | { code: string };

const NO_PARAGRAPHS = { code: "invalid_content" };
const HOSTILE: [string, "text" | "markdown" | "html", string, Outcome][] = [
  // Tags past MAX_HTML_NESTING are dropped: nothing but empty elements, so nothing to import.
  ["<div> × 200,000 as HTML (1 MB)", "html", "<div>".repeat(200_000), NO_PARAGRAPHS],
  ['"x\\n" × 100,000 as text', "text", "x\n".repeat(100_000), { paragraphs: 1 }],
  ['"x\\n" × 999,999 as text', "text", "x\n".repeat(999_999), { paragraphs: 1 }],
  ['"[" × 200,000 as Markdown', "markdown", "[".repeat(200_000), { paragraphs: 1 }],
  // Empty block quotes: nothing to import.
  ['">" × 10,000 as Markdown', "markdown", ">".repeat(10_000), NO_PARAGRAPHS],
  ['">" × 100,000 as Markdown', "markdown", ">".repeat(100_000), NO_PARAGRAPHS],
  // Front matter past MAX_FRONT_MATTER_CHARS is not parsed: its lines are dropped (the first thousand listed, then
  // one line counting the rest), the speech is kept.
  [
    "1 MB of YAML front matter",
    "markdown",
    `---\n${"a: b\n".repeat(200_000)}---\n\nWe speak today.\n`,
    { paragraphs: 1, dropped: MAX_DROPPED_LINES + 1 },
  ],
];

/** What a preview answer came to, in the terms of `Outcome`. */
function outcomeOf(res: ApiResponse): Outcome {
  if (res.status === 200) return { paragraphs: res.body.paragraphs.length };
  return { code: res.body?.error?.code ?? `status ${res.status}` };
}

function matches(found: Outcome, expected: Outcome, res: ApiResponse): boolean {
  if ("code" in expected) return "code" in found && found.code === expected.code && res.status === 422;
  if (!("paragraphs" in found) || found.paragraphs !== expected.paragraphs) return false;
  return expected.dropped === undefined || res.body.dropped.length === expected.dropped;
}

/** Sends a request and, while it runs, asks for health: the two run side by side, and both must answer well. */
async function sendBeside(request: () => Promise<ApiResponse>): Promise<{ res: ApiResponse; health: ApiResponse }> {
  const pending = request();
  const health = await client.get("/api/health");
  return { res: await pending, health };
}

describe("hostile import texts", () => {
  it.each(HOSTILE)("%s: the expected answer, and health answers beside it", async (_name, format, content, expected) => {
    const { res, health } = await sendBeside(() => client.post("/api/imports/preview", { format, content }));
    expect(health.status).toBe(200);
    const found = outcomeOf(res);
    const allowed = Array.isArray(expected) ? expected : [expected];
    expect(
      allowed.some((one) => matches(found, one, res)),
      `${JSON.stringify(found)}: ${res.text.slice(0, 200)}`,
    ).toBe(true);
  });

  it("ten hostile previews at once each get their answer, and the API answers others meanwhile", async () => {
    const pending = Array.from({ length: 10 }, (_, i) =>
      client.post("/api/imports/preview", {
        format: i % 2 ? "markdown" : "html",
        content: i % 2 ? ">".repeat(100_000) : "<div>".repeat(200_000),
      }),
    );
    expect((await client.get("/api/health")).status).toBe(200);
    expect((await client.get("/api/statements")).status).toBe(200);
    for (const res of await Promise.all(pending)) expect(outcomeOf(res)).toEqual(NO_PARAGRAPHS);
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
