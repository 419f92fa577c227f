import { ImportPreview } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importStatement, member, type Member, newWorkspace } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

/**
 * The import preview's duplicate check: the workspace's live statements whose current text the import repeats, by
 * the fingerprints stored with each revision (computed on first need for revisions stored before them).
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const PARAGRAPHS = [
  "Mr. President, we thank the Secretary-General for his report on transnational organized crime.",
  "Our delegation reaffirms its support for the United Nations Convention against Transnational Organized Crime.",
  "We welcome the progress made in the review mechanism of the Convention and its Protocols.",
  "Trafficking in persons remains a grave violation of human rights that no State can address alone.",
  "We urge all Member States to ratify the Protocol against the Smuggling of Migrants by Land, Sea and Air.",
  "Illicit trafficking in firearms fuels conflict and violence in many regions of the world.",
  "We pledge to host a regional workshop on mutual legal assistance in 2025.",
  "Corruption undermines the rule of law, and we call for the full implementation of UNCAC.",
  "We are concerned about the use of information and communications technologies for criminal purposes.",
  "In closing, we reaffirm our commitment to the Kyoto Declaration. Thank you.",
];
const numbered = (paragraphs: readonly string[]) => paragraphs.map((text, k) => `${k + 1}. ${text}`).join("\n\n");
const ORIGINAL = numbered(PARAGRAPHS);
/** A Corr.1: one typo fixed (one paragraph of ten changed) and the numbering redone. */
const CORRECTED = PARAGRAPHS.map((text, k) => `(${k + 1}) ${k === 3 ? text.replace("grave", "serious") : text}`).join("\n\n");
const changed = (count: number) => numbered(PARAGRAPHS.map((text, k) => (k < count ? `${text} We add a new sentence here.` : text)));
const UNRELATED = [
  "The Commission on the Status of Women meets each year in New York.",
  "Gender equality is a goal of the 2030 Agenda for Sustainable Development.",
  "We support the participation of women in peace processes.",
].join("\n\n");

/** An analyst in a workspace of their own, so that each test sees only the statements it imports. */
async function freshDesk(): Promise<Member> {
  return member(server, await newWorkspace(server), "analyst");
}

type Preview = ReturnType<typeof ImportPreview.parse>;

async function preview(who: Member, content: string): Promise<Preview> {
  const res = await who.client.post("/api/imports/preview", { format: "text", content });
  expect(res.status, res.text).toBe(200);
  return ImportPreview.parse(res.body);
}

const importText = (who: Member, content: string, overrides: Record<string, unknown> = {}) =>
  importStatement(who.client, { format: "text", content, ...overrides });

describe("the import preview's duplicate check", () => {
  it("offers a statement whose text is the same as identical, with its title, delegation, date and revision", async () => {
    const desk = await freshDesk();
    const existing = await importText(desk, ORIGINAL, { title: "Statement at the CCPCJ", delegation: "Arcadia", date: "2024-05-20" });
    const { duplicates } = await preview(desk, ORIGINAL);
    expect(duplicates).toEqual([
      {
        statement: {
          id: existing.id,
          slug: existing.slug,
          title: "Statement at the CCPCJ",
          delegation: "Arcadia",
          date: "2024-05-20",
          revision: 1,
        },
        verdict: "identical",
        share: 1,
        same: 10,
        total: 10,
      },
    ]);
  });

  it("offers a Corr.1 (one paragraph of ten changed, renumbered) as mostly the same, 90%", async () => {
    const desk = await freshDesk();
    const existing = await importText(desk, ORIGINAL);
    const { duplicates } = await preview(desk, CORRECTED);
    expect(duplicates.map((d) => [d.statement.slug, d.verdict, d.same, d.total, d.share])).toEqual([[existing.slug, "mostly", 9, 10, 0.9]]);
  });

  it("draws the line at 80% of the import's paragraphs", async () => {
    const desk = await freshDesk();
    await importText(desk, ORIGINAL);
    expect((await preview(desk, changed(2))).duplicates.map((d) => [d.verdict, d.share])).toEqual([["mostly", 0.8]]);
    expect((await preview(desk, changed(3))).duplicates).toEqual([]);
  });

  it("offers nothing for an unrelated text", async () => {
    const desk = await freshDesk();
    await importText(desk, ORIGINAL);
    expect((await preview(desk, UNRELATED)).duplicates).toEqual([]);
  });

  it("never offers a deleted statement", async () => {
    const desk = await freshDesk();
    const deleted = await importText(desk, ORIGINAL, { title: "Deleted" });
    const live = await importText(desk, CORRECTED, { title: "Live" });
    await server.db.statement.update({ where: { id: deleted.id }, data: { deletedAt: new Date(), deletedById: desk.userId } });
    expect((await preview(desk, ORIGINAL)).duplicates.map((d) => [d.statement.id, d.verdict])).toEqual([[live.id, "mostly"]]);
  });

  it("compares with the current revision only", async () => {
    const desk = await freshDesk();
    const statement = await importText(desk, ORIGINAL);
    // A second revision with an unrelated text, written as a revision would be (the first one keeps the original).
    const revision = await server.db.revision.create({
      data: {
        statementId: statement.id,
        number: 2,
        format: "text",
        source: UNRELATED,
        importReport: {},
        fingerprint: [1n, 2n, 3n],
        createdById: desk.userId,
      },
    });
    await server.db.statement.update({ where: { id: statement.id }, data: { currentRevision: revision.number } });
    expect((await preview(desk, ORIGINAL)).duplicates).toEqual([]);
  });

  it("fingerprints a revision stored before fingerprints existed when it is first needed, and keeps it", async () => {
    const desk = await freshDesk();
    const old = await importText(desk, ORIGINAL);
    const stored = await server.db.revision.findFirstOrThrow({ where: { statementId: old.id }, select: { fingerprint: true } });
    await server.db.revision.updateMany({ where: { statementId: old.id }, data: { fingerprint: [] } });

    const { duplicates } = await preview(desk, CORRECTED);
    expect(duplicates.map((d) => [d.statement.id, d.verdict, d.same])).toEqual([[old.id, "mostly", 9]]);
    const filled = await server.db.revision.findFirstOrThrow({ where: { statementId: old.id }, select: { fingerprint: true } });
    expect(filled.fingerprint).toEqual(stored.fingerprint);
    expect(filled.fingerprint).toHaveLength(10);
  });

  it("never offers another workspace's statements", async () => {
    const desk = await freshDesk();
    const other = await freshDesk();
    await importText(other, ORIGINAL);
    expect((await preview(desk, ORIGINAL)).duplicates).toEqual([]);
    const mine = await importText(desk, ORIGINAL);
    expect((await preview(desk, ORIGINAL)).duplicates.map((d) => d.statement.id)).toEqual([mine.id]);
  });

  it("lists at most five, an identical text first and then by share", async () => {
    const desk = await freshDesk();
    const corrected = await importText(desk, CORRECTED, { title: "Corrected" });
    const twoChanged = await importText(desk, changed(2), { title: "Two changed" });
    const identical = [];
    for (let k = 0; k < 5; k++) identical.push(await importText(desk, ORIGINAL, { title: `Same ${k}` }));
    const { duplicates } = await preview(desk, ORIGINAL);
    expect(duplicates).toHaveLength(5);
    expect(duplicates.every((d) => d.verdict === "identical")).toBe(true);
    expect(new Set(duplicates.map((d) => d.statement.id))).toEqual(new Set(identical.map((s) => s.id)));

    const { duplicates: forCorrected } = await preview(desk, CORRECTED);
    expect(forCorrected[0]!.statement.id).toBe(corrected.id);
    expect(forCorrected[0]!.verdict).toBe("identical");
    expect(forCorrected.slice(1).map((d) => d.share)).toEqual([0.9, 0.9, 0.9, 0.9]);
    expect(forCorrected.map((d) => d.statement.id)).not.toContain(twoChanged.id);
  });
});
