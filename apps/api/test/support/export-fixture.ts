import { expect } from "vitest";
import type { ApiResponse } from "./api-client.ts";
import { annotate, importStatement, member, type Member, newWorkspace, setUp } from "./factories.ts";
import { startTestServer, type TestServer } from "./test-server.ts";

export const EXPORTED = ["accepted", "emoji", "disputed", "rejected", "other", "range", "old", "resolution"] as const;
/** Short names of the fixture's annotations; "gone" is deleted and never exported, "foreign" is in another workspace. */
export type AnnotationName = (typeof EXPORTED)[number] | "gone" | "foreign";

interface StatementInfo {
  id: string;
  slug: string;
  title: string;
  paragraphs: { id: string; number: number | null; text: string }[];
}

export interface ExportFixture {
  server: TestServer;
  admin: Member;
  analyst: Member;
  reviewer: Member;
  viewer: Member;
  /** 2024-05-01, Arcadia; the current revision adds a paragraph at the top, so ¶ numbers moved by one. */
  s1: StatementInfo;
  /** 2024-05-02, Borduria on behalf of the Group of Friends. */
  s2: StatementInfo;
  /** Undated: exported last. */
  s3: StatementInfo;
  /** A statement of another workspace. */
  foreignSlug: string;
  ids: Record<AnnotationName, string>;
  nameOf(id: string): string;
  /** GET as the analyst, expecting 200. */
  get(path: string): Promise<ApiResponse>;
  /** GET as the analyst, expecting 200, with the body as bytes (a decoded text would drop a BOM). */
  download(path: string): Promise<{ headers: Headers; bytes: Buffer }>;
}

const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const textOf = (s: StatementInfo, id: string) => s.paragraphs.find((p) => p.id === id)?.text ?? "";

/**
 * A workspace whose annotations cover every export filter. In export order: s1 (positions accepted and
 * emoji, commitment disputed, cross-reference rejected), s2 (positions other and range), s3 (position
 * old, tagged on 2020-01-15; cross-reference resolution).
 */
export async function seedExportFixture(): Promise<ExportFixture> {
  const server = await startTestServer();
  const admin = await setUp(server);
  const analyst = await member(server, admin.workspaceId, "analyst", "Ana Analyst");
  const reviewer = await member(server, admin.workspaceId, "reviewer", "Rex Reviewer");
  const viewer = await member(server, admin.workspaceId, "viewer", "Vera Viewer");
  const s1: StatementInfo = await importStatement(analyst.client, {
    speaker: "Ms. Example",
    meetingSymbol: "S/PV.9600",
    language: "en",
    sourceUrl: "https://example.org/s1",
  });
  const s2: StatementInfo = await importStatement(analyst.client, {
    title: "Reply",
    delegation: "Borduria",
    onBehalfOf: "Group of Friends",
    date: "2024-05-02",
  });
  const s3: StatementInfo = await importStatement(reviewer.client, { title: "Undated remarks", delegation: "Cascadia", date: undefined });
  const ids = {} as Record<AnnotationName, string>;
  const review = async (id: string, status: string, comment?: string) =>
    expect((await reviewer.client.post(`/api/annotations/${id}/reviews`, { status, version: 1, comment })).status).toBe(200);

  ids.accepted = (await annotate(analyst.client, s1.slug, { labels: ["toc"] })).id;
  ids.disputed = (
    await annotate(analyst.client, s1.slug, {
      kind: "commitment",
      target: { paragraphId: "p3", ...at(textOf(s1, "p3"), "We will host a workshop in 2025.") },
      attributes: { strength: "pledge", actor: "Arcadia" },
    })
  ).id;
  ids.rejected = (
    await annotate(reviewer.client, s1.slug, {
      kind: "cross-reference",
      target: { paragraphId: "p3", ...at(textOf(s1, "p3"), "the Convention against Transnational Organized Crime") },
      attributes: { target: "UNTOC", relation: "cites" },
    })
  ).id;
  const note = {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Small arms " },
          { type: "text", text: "matter", marks: [{ type: "bold" }] },
        ],
      },
    ],
  };
  ids.emoji = (
    await annotate(analyst.client, s1.slug, {
      target: { paragraphId: "p4", ...at(textOf(s1, "p4"), "across borders") },
      attributes: { stance: "concerned", topics: ["Firearms", "Borders"] },
      labels: ["arms"],
      note,
    })
  ).id;
  ids.gone = (await annotate(analyst.client, s1.slug)).id;
  ids.other = (await annotate(reviewer.client, s2.slug, { labels: ["toc", "drugs"] })).id;
  ids.range = (
    await annotate(analyst.client, s2.slug, {
      target: { paragraphId: "p2", start: 50, endParagraphId: "p3", end: 14 },
      attributes: { stance: "reaffirms" },
      note: "Spans two paragraphs",
    })
  ).id;
  ids.old = (await annotate(analyst.client, s3.slug, { attributes: { stance: "urges", topics: ["Drugs"] }, labels: ["drugs"] })).id;
  ids.resolution = (
    await annotate(analyst.client, s3.slug, {
      kind: "cross-reference",
      target: { paragraphId: "p3", ...at(textOf(s3, "p3"), "the Convention against Transnational Organized Crime") },
      attributes: { target: "S/PRST/2023/6", relation: "reaffirms" },
    })
  ).id;
  await review(ids.accepted, "accepted", "Matches the verbatim record");
  await review(ids.disputed, "disputed");
  await review(ids.rejected, "rejected");
  // Edited after its review, so proposed again: the export still gives that last review.
  await review(ids.resolution, "accepted");
  expect((await analyst.client.patch(`/api/annotations/${ids.resolution}`, { version: 2, labels: ["un"] })).status).toBe(200);
  expect((await analyst.client.delete(`/api/annotations/${ids.gone}`)).status).toBe(204);
  await server.db.annotation.update({ where: { id: ids.old }, data: { createdAt: new Date("2020-01-15T23:30:00Z") } });
  await addRevisionWithNewFirstParagraph(server, s1.id);

  const foreignWorkspace = await newWorkspace(server);
  const outsider = await member(server, foreignWorkspace, "analyst", "Otto Outsider");
  const foreignSlug = (await importStatement(outsider.client, { title: "Elsewhere", delegation: "Ruritania", date: "2023-03-03" })).slug;
  ids.foreign = (await annotate(outsider.client, foreignSlug, { labels: ["toc"] })).id;

  const nameOf = (id: string) => Object.entries(ids).find(([, v]) => v === id)?.[0] ?? id;
  const get = async (path: string) => {
    const res = await analyst.client.get(path);
    expect(res.status, res.text.slice(0, 500)).toBe(200);
    return res;
  };
  const download = async (path: string) => {
    const cookie = [...analyst.client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const res = await fetch(server.url + path, { headers: { cookie } });
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(res.status, bytes.toString("utf8", 0, 500)).toBe(200);
    return { headers: res.headers, bytes };
  };
  return { server, admin, analyst, reviewer, viewer, s1, s2, s3, foreignSlug, ids, nameOf, get, download };
}

/** Revision 2 of the statement: a new first paragraph (p99), so every paragraph's display number goes up by one. */
async function addRevisionWithNewFirstParagraph(server: TestServer, statementId: string): Promise<void> {
  const db = server.db;
  const first = await db.revision.findFirstOrThrow({ where: { statementId, number: 1 }, include: { paragraphs: true } });
  const second = await db.revision.create({
    data: { statementId, number: 2, format: "text", source: first.source, importReport: {}, createdById: first.createdById },
  });
  await db.paragraph.createMany({
    data: [
      { statementId, revisionId: second.id, canonicalId: "p99", kind: "paragraph", position: -1, number: 1, text: "A new opening line." },
      ...first.paragraphs.map(({ id: _id, revisionId: _revision, ...p }) => ({
        ...p,
        revisionId: second.id,
        number: p.number === null ? null : p.number + 1,
      })),
    ],
  });
  await db.statement.update({ where: { id: statementId }, data: { currentRevision: 2 } });
}
