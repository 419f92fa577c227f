import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "./support/api-client.ts";
import { recordServerErrors } from "./support/assertions.ts";
import { setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let client: ApiClient;
const failures: string[] = [];
beforeAll(async () => {
  server = await startTestServer();
  client = (await setUp(server)).client;
  recordServerErrors(client, failures);
});
afterAll(async () => {
  await server.stop();
  expect(failures, "responses with status 500").toEqual([]);
});

describe("imports at the documented limits", () => {
  it("stores 20,000 short paragraphs (0.57 MB) in one request", async () => {
    const content = Array.from({ length: 20_000 }, (_, i) => `Paragraph ${i + 1} says one short thing.`).join("\n\n");
    const res = await client.post("/api/statements", { title: "A long record", format: "text", content });
    expect(res.status, res.text.slice(0, 300)).toBe(201);
    const { paragraphs } = res.body.statement;
    expect(paragraphs).toHaveLength(20_000);
    expect(paragraphs.at(-1)).toMatchObject({ id: "p20000", number: 20_000, text: "Paragraph 20000 says one short thing." });
    const stored = await client.get(`/api/statements/${res.body.statement.slug}`);
    expect(stored.body.statement.paragraphs).toEqual(paragraphs);
  });
});

describe("metadata read from the text", () => {
  const withFrontMatter = (lines: string[]) => ["---", "title: From the file", ...lines, "---", "", "We speak today on peace."].join("\n");

  it("holds front matter to the rules of the typed fields, leaving out and listing what breaks them", async () => {
    const content = withFrontMatter(["source: MINISTER FOR FOREIGN AFFAIRS", "language: English please", "delegation: Arcadia"]);
    const preview = await client.post("/api/imports/preview", { format: "markdown", content });
    expect(preview.status, preview.text).toBe(200);
    expect(preview.body.metadata).toEqual({ title: "From the file", delegation: "Arcadia" });
    expect(preview.body.dropped).toEqual(
      expect.arrayContaining([
        { text: "sourceUrl: MINISTER FOR FOREIGN AFFAIRS", reason: "invalid-metadata" },
        { text: "language: English please", reason: "invalid-metadata" },
      ]),
    );
    const created = await client.post("/api/statements", { title: "From the file", format: "markdown", content });
    expect(created.status, created.text).toBe(201);
    expect(created.body.statement).toMatchObject({ sourceUrl: null, language: null, delegation: "Arcadia" });
  });

  it("never stores a script URL from a file, and keeps an http(s) one", async () => {
    const bad = await client.post("/api/statements", {
      title: "Scripted",
      format: "markdown",
      content: withFrontMatter(["source: javascript:alert(1)", "language: fr"]),
    });
    expect(bad.status, bad.text).toBe(201);
    expect(bad.body.statement).toMatchObject({ sourceUrl: null, language: "fr" });
    const good = await client.post("/api/statements", {
      title: "Linked",
      format: "markdown",
      content: withFrontMatter(["source: https://example.org/statement"]),
    });
    expect(good.body.statement.sourceUrl).toBe("https://example.org/statement");
  });
});
