import { ImportPreview } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { member, type Member, newWorkspace } from "./support/factories.ts";
import { corpusFigures, type CorpusScore, loadCorpus, scorePreview } from "./support/import-corpus.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

/**
 * Every import fixture (fixtures/import/: text, Markdown, HTML, Word, PDF, verbatim records) through the real preview,
 * held to what a careful reader found in it, and the corpus to issue 14's goals: no header line in a paragraph, title,
 * speaker, date and forum found for at least 90% of the fields the files state, 98% of a record's speaker turns found.
 */
let server: TestServer;
let analyst: Member;
const scores: CorpusScore[] = [];
beforeAll(async () => {
  server = await startTestServer();
  analyst = await member(server, await newWorkspace(server, "Corpus desk"), "analyst");
});
afterAll(() => server.stop());

const corpus = loadCorpus();

describe("the import corpus", () => {
  it("holds at least 25 statements in every shape", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
    const extensions = new Set(corpus.map((f) => f.name.split(".").at(-1)));
    expect([...extensions].sort()).toEqual(["docx", "html", "md", "pdf", "txt"]);
    expect(corpus.filter((f) => f.expected.kind === "record").length).toBeGreaterThanOrEqual(3);
  });

  it.each(corpus)("$name", async (file) => {
    const res = await analyst.client.upload("/api/imports/preview", { name: file.name, bytes: file.bytes });
    expect(res.status, res.text).toBe(200);
    const score = scorePreview(file, ImportPreview.parse(res.body));
    scores.push(score);
    expect(score.leaked).toEqual([]);
    expect(score.turns.wrong).toEqual([]);
  });

  it("meets the issue's goals over the whole corpus", () => {
    expect(scores).toHaveLength(corpus.length);
    const figures = corpusFigures(scores);
    expect(figures.headerLines.leaked).toBe(0);
    expect(figures.fields.found / figures.fields.of).toBeGreaterThanOrEqual(0.9);
    expect(figures.turns.found / figures.turns.of).toBeGreaterThanOrEqual(0.98);
  });
});
