import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { expectError, recordServerErrors } from "./support/assertions.ts";
import { expectUnchanged } from "./support/db-snapshot.ts";
import { annotate, importStatement, type Member, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

/** Annotation targets and attributes that pass the schema but not the statement's text or the kind's rules: 422, nothing stored. */
let server: TestServer;
let admin: Member;
let slug: string;
let annotationId: string;
const failures: string[] = [];
beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
  recordServerErrors(admin.client, failures);
  slug = (await importStatement(admin.client)).slug;
  annotationId = (await annotate(admin.client, slug)).id;
});
afterAll(() => server.stop());
afterEach(() => {
  expect(failures.splice(0), "responses with status 500").toEqual([]);
});

const unchanged = (run: () => Promise<void>) => expectUnchanged(server.db, run);

describe("annotation targets that do not fit the text", () => {
  const P2 = "We welcome the report of the Secretary-General and thank the briefers.";
  const P4 = "We remain concerned about trafficking in firearms \u{1F52B} across borders.";
  const emoji = P4.indexOf("\u{1F52B}");
  const targets: [string, Record<string, unknown>, string][] = [
    ["an end offset past the paragraph", { paragraphId: "p2", start: 60, end: P2.length + 1 }, "offset_out_of_range"],
    ["a start offset past the paragraph", { paragraphId: "p2", start: P2.length + 5, end: P2.length + 9 }, "offset_out_of_range"],
    ["an end before the start", { paragraphId: "p2", start: 10, end: 5 }, "end_before_start"],
    ["an empty range", { paragraphId: "p2", start: 5, end: 5 }, "empty_range"],
    ["a paragraph that does not exist", { paragraphId: "p99", start: 0, end: 2 }, "unknown_paragraph"],
    ["an end paragraph that does not exist", { paragraphId: "p2", start: 0, endParagraphId: "p42", end: 2 }, "unknown_paragraph"],
    ["an end paragraph before the start paragraph", { paragraphId: "p3", start: 0, endParagraphId: "p2", end: 5 }, "end_before_start"],
    ["an exact that does not match", { paragraphId: "p2", start: 3, end: 10, exact: "welcomes" }, "quote_mismatch"],
    ["an offset inside a surrogate pair", { paragraphId: "p4", start: emoji + 1, end: emoji + 5 }, "split_surrogate"],
  ];

  it.each(targets)("%s → 422 invalid_target with details.reason, on create and on update", (_what, target, reason) =>
    unchanged(async () => {
      const created = await admin.client.post(`/api/statements/${slug}/annotations`, {
        kind: "position",
        target,
        attributes: { stance: "notes" },
      });
      expectError(created, 422, "invalid_target");
      expect(created.body.error.details.reason).toBe(reason);
      const updated = await admin.client.patch(`/api/annotations/${annotationId}`, { version: 1, target });
      expectError(updated, 422, "invalid_target");
      expect(updated.body.error.details.reason).toBe(reason);
    }),
  );

  it("(the offsets above are counted in the statement's own p2 and p4)", async () => {
    const { paragraphs } = (await admin.client.get(`/api/statements/${slug}`)).body.statement;
    expect(paragraphs.filter((p: { id: string }) => ["p2", "p4"].includes(p.id)).map((p: { text: string }) => p.text)).toEqual([P2, P4]);
  });
});

describe("attributes that do not fit the kind", () => {
  it.each([
    ["a kind the attributes do not fit", { kind: "commitment" }],
    ["a stance that does not exist", { attributes: { stance: "adores" } }],
    ["another kind's attributes", { attributes: { strength: "binding" } }],
    ["an attribute the kind does not have", { attributes: { stance: "supports", mood: "calm" } }],
    ["a cross-reference without a relation", { kind: "cross-reference", attributes: { target: "UNTOC" } }],
  ])("%s on update → 422 invalid_attributes", (_what, change) =>
    unchanged(async () => {
      const res = await admin.client.patch(`/api/annotations/${annotationId}`, { version: 1, ...change });
      expectError(res, 422, "invalid_attributes");
      expect(res.body.error.details.issues.length).toBeGreaterThan(0);
    }),
  );

  it.each([
    ["NOT A THING", "unknown_target"],
    ["A/RES/banana", "unknown_target"],
    ["2099-01-01-no-such-statement#p2", "unknown_paragraph"],
    ["SLUG#p99", "unknown_paragraph"],
  ])("an unknown cross-reference target %s → 422 invalid_attributes, on create and on update", (raw, reason) =>
    unchanged(async () => {
      const attributes = { target: raw.replace("SLUG", slug), relation: "cites" };
      const created = await admin.client.post(`/api/statements/${slug}/annotations`, {
        kind: "cross-reference",
        target: { paragraphId: "p2", start: 0, end: 2 },
        attributes,
      });
      expectError(created, 422, "invalid_attributes");
      expect(created.body.error.details.reason).toBe(reason);
      const updated = await admin.client.patch(`/api/annotations/${annotationId}`, { version: 1, kind: "cross-reference", attributes });
      expectError(updated, 422, "invalid_attributes");
      expect(updated.body.error.details.reason).toBe(reason);
    }),
  );
});
