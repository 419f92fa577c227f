import { expect } from "vitest";
import { annotate, importStatement, member, type Member, newWorkspace, setUp } from "./factories.ts";
import { startTestServer, type TestServer } from "./test-server.ts";

/** Emoji before spans, so that the export's code point positions differ from the API's UTF-16 offsets. */
export const TEXT = [
  "Mr. President,",
  "We welcome the report of the Secretary-General \u{1F30D} and thank the briefers.",
  "Cooperation",
  "Our delegation reaffirms its support for the Convention against Transnational Organized Crime. We will host a workshop in 2025.",
  "We remain concerned about trafficking in firearms \u{1F52B} across borders. We call for resolution 1373 (2001) to be implemented.",
  "Thank you.",
].join("\n\n");
/** The same statement corrected: a word inserted before every annotated span. */
export const CORRECTED = TEXT.replace("We welcome", "We warmly welcome")
  .replace("Our delegation reaffirms", "Our delegation firmly reaffirms")
  .replace("We remain concerned", "We remain gravely concerned");
export const SOURCE_URL = "https://example.org/press/arcadia-statement.html";
export const FIELDS = ["kind", "target", "quote", "attributes", "labels", "note", "noteDoc"] as const;

export interface Paragraph {
  id: string;
  text: string;
}
export type Json = Record<string, unknown>;

/** The world the W3C import tests share: a statement annotated and exported in A, and B and C to import it. */
export interface W3cImportWorld {
  server: TestServer;
  /** Workspace A, where the annotations are made and exported. */
  a: Member;
  /** Workspaces B (the same text) and C (the corrected text) import them. */
  b: Member;
  c: Member;
  slug: string;
  paragraphs: Paragraph[];
  created: Json[];
  exported: { first: { items: Json[] } };
}

/** The words' offsets in a paragraph, as a target. */
export const targetOf = (paragraphs: Paragraph[], id: string, words: string) => {
  const text = paragraphs.find((p) => p.id === id)?.text ?? "";
  return { paragraphId: id, start: text.indexOf(words), end: text.indexOf(words) + words.length };
};

export const importW3c = (m: Member, body: unknown, query = "", contentType = "application/ld+json") =>
  m.client.request("POST", `/api/imports/w3c${query}`, { json: body, contentType });

export const richNote = {
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Small arms " },
        { type: "text", text: "matter", marks: [{ type: "bold" }] },
        { type: "text", text: " (see ", marks: [] },
        { type: "text", text: "the report", marks: [{ type: "link", attrs: { href: "https://example.org/report" } }] },
        { type: "text", text: ")." },
      ],
    },
  ],
};

export async function setUpW3cImport(): Promise<W3cImportWorld> {
  const server = await startTestServer();
  const admin = await setUp(server);
  const a = await member(server, admin.workspaceId, "analyst", "Ana Analyst");
  const b = await member(server, await newWorkspace(server, "Desk B"), "analyst", "Bea Importer");
  const c = await member(server, await newWorkspace(server, "Desk C"), "analyst", "Cy Importer");
  const statement = await importStatement(a.client, { content: TEXT });
  const slug = statement.slug;
  const paragraphs: Paragraph[] = statement.paragraphs;
  const textOf = (id: string) => paragraphs.find((p) => p.id === id)?.text ?? "";
  const at = (id: string, words: string) => targetOf(paragraphs, id, words);
  expect((await importStatement(b.client, { content: TEXT, sourceUrl: SOURCE_URL })).slug).toBe(slug);
  expect((await importStatement(c.client, { content: CORRECTED })).slug).toBe(slug);

  const p2 = textOf("p2");
  const created: Json[] = [
    await annotate(a.client, slug, {
      target: at("p4", "across borders"),
      attributes: { stance: "concerned", topics: ["firearms", "borders"], actor: "Arcadia" },
      labels: ["arms", "cross-border"],
      note: richNote,
    }),
    await annotate(a.client, slug, {
      kind: "commitment",
      target: at("p3", "We will host a workshop in 2025."),
      attributes: { strength: "pledge", action: "host a workshop" },
      labels: ["capacity"],
      note: "A concrete pledge.",
    }),
    await annotate(a.client, slug, {
      kind: "cross-reference",
      target: at("p3", "the Convention against Transnational Organized Crime"),
      attributes: { target: "UNTOC", relation: "reaffirms" },
    }),
    await annotate(a.client, slug, {
      target: { paragraphId: "p2", start: p2.indexOf("thank the briefers."), endParagraphId: "p3", end: "Our delegation".length },
      attributes: { stance: "welcomes" },
    }),
    await annotate(a.client, slug, {
      kind: "cross-reference",
      target: at("p4", "resolution 1373 (2001)"),
      attributes: { target: "S/RES/1373 (2001)", relation: "implements" },
      labels: ["terrorism"],
    }),
  ];
  const res = await a.client.get(`/api/exports?format=w3c&statement=${slug}`);
  expect(res.status, res.text).toBe(200);
  const exported = JSON.parse(res.text) as W3cImportWorld["exported"];
  expect(exported.first.items).toHaveLength(created.length);
  return { server, a, b, c, slug, paragraphs, created, exported };
}
