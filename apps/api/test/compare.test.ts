import { randomUUID } from "node:crypto";
import { AdoptVersionResponse, Comparison } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError, expectValidationIssues } from "./support/assertions.ts";
import { expectUnchanged } from "./support/db-snapshot.ts";
import { annotate, importStatement, member, type Member, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

const TEXT = [
  "We welcome the report of the Secretary-General.",
  "We support the Convention against Transnational Organized Crime.",
  "We will host a workshop in 2025.",
  "We remain concerned about trafficking in firearms.",
].join("\n\n");

let server: TestServer;
let admin: Member;
let ann: Member;
let bob: Member;
let viewer: Member;
let slug: string;
const tags: Record<string, { id: string; version: number }> = {};

/**
 * Ann and Bob on four paragraphs: the same tag on p1 (match), overlapping positions on p2 (partial), a
 * commitment against a position on p3 (disagreement), and a position only Ann made on p4 (single).
 */
beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
  ann = await member(server, admin.workspaceId, "analyst", "Ann Analyst");
  bob = await member(server, admin.workspaceId, "analyst", "Bob Analyst");
  viewer = await member(server, admin.workspaceId, "viewer", "Val Viewer");
  slug = (await importStatement(admin.client, { title: "Compared statement", content: TEXT })).slug;
  const tag = async (name: string, who: Member, body: Record<string, unknown>) => {
    tags[name] = await annotate(who.client, slug, body);
  };
  const position = (paragraphId: string, start: number, end: number, stance: string) => ({
    kind: "position",
    target: { paragraphId, start, end },
    attributes: { stance },
  });
  await tag("annP1", ann, position("p1", 3, 10, "welcomes"));
  await tag("bobP1", bob, position("p1", 3, 10, "welcomes"));
  await tag("annP2", ann, position("p2", 3, 10, "supports"));
  await tag("bobP2", bob, position("p2", 3, 63, "supports"));
  await tag("annP3", ann, { kind: "commitment", target: { paragraphId: "p3", start: 3, end: 31 }, attributes: { strength: "pledge" } });
  await tag("bobP3", bob, position("p3", 3, 31, "supports"));
  await tag("annP4", ann, position("p4", 10, 19, "concerned"));
});
afterAll(() => server.stop());

const compare = (client = viewer.client, query = `authors=${ann.userId},${bob.userId}`) =>
  client.get(`/api/statements/${slug}/compare?${query}`);

describe("compare annotators", () => {
  it("lists every annotator with their counts, and compares nothing until two are chosen", async () => {
    for (const query of ["", `authors=${ann.userId}`, `authors=${ann.userId},${randomUUID()}`]) {
      const res = await compare(viewer.client, query);
      expect(res.status, res.text).toBe(200);
      expect(res.body.candidates).toEqual([
        { id: ann.userId, name: "Ann Analyst", count: 4 },
        { id: bob.userId, name: "Bob Analyst", count: 3 },
      ]);
      expect(res.body).toMatchObject({ paragraphs: [], unplaced: [], agreement: null });
      expect(res.body.statement).toMatchObject({ slug, title: "Compared statement" });
    }
  });

  it("marks match, partial overlap, disagreement and single per paragraph", async () => {
    const res = await compare();
    expect(res.status, res.text).toBe(200);
    expect(Comparison.safeParse(res.body).error?.issues).toBeUndefined();
    expect(res.body.annotators).toEqual([
      { id: ann.userId, name: "Ann Analyst" },
      { id: bob.userId, name: "Bob Analyst" },
    ]);
    const outline = res.body.paragraphs.map(
      (p: { id: string; number: number; groups: { outcome: string; annotations: { id: string }[] }[] }) => [
        p.id,
        p.number,
        p.groups.map((g) => [g.outcome, g.annotations.map((a) => a.id)]),
      ],
    );
    expect(outline).toEqual([
      ["p1", 1, [["match", [tags.annP1?.id, tags.bobP1?.id]]]],
      ["p2", 2, [["partial", [tags.annP2?.id, tags.bobP2?.id]]]],
      ["p3", 3, [["disagreement", [tags.annP3?.id, tags.bobP3?.id]]]],
      ["p4", 4, [["single", [tags.annP4?.id]]]],
    ]);
    expect(res.body.paragraphs.flatMap((p: { groups: { differs: string[] }[] }) => p.groups.map((g) => g.differs))).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect(res.body.paragraphs[0].text).toBe("We welcome the report of the Secretary-General.");
    expect(res.body.paragraphs[0].groups[0].annotations[0]).toMatchObject({ quote: { exact: "welcome" }, author: { id: ann.userId } });
  });

  it("gives Cohen's κ and Krippendorff's α over paragraph × kind units, as worked by hand", async () => {
    const { agreement } = (await compare()).body;
    // 12 units (4 paragraphs × 3 kinds) as (Ann, Bob); they differ on p3 position, p3 commitment and p4 position.
    // κ: p_o = 9/12; Ann tagged 4 units, Bob 3: p_e = 4/12·3/12 + 8/12·9/12 = 84/144; κ = (108 − 84)/(144 − 84) = 0.4.
    // α: n = 24 values, seven 1s; three disagreeing units give Σ_{c≠k} o_ck = 6; α = 1 − 23·6/(576 − 49 − 289) = 100/238.
    expect(agreement.overall.kappa).toBeCloseTo(0.4, 12);
    expect(agreement.overall.alpha).toBeCloseTo(100 / 238, 12);
    expect(agreement.overall).toMatchObject({ units: 12, taggedByAny: 5, unanimous: 9, annotators: 2 });
    // AC1: p_a = 9/12; π_1 = (1 + 1 + 3 · 1/2)/12 = 7/24, p_e = 2·(7/24)(17/24) = 238/576; AC1 = (432 − 238)/(576 − 238) = 97/169.
    expect(agreement.overall.ac1).toBeCloseTo(97 / 169, 12);
    // Positions (1,1) (1,1) (0,1) (1,0): p_o = 1/2, p_e = 9/16 + 1/16, κ = −1/3; α: n = 8, six 1s, 4 off-diagonal, α = 1 − 7·4/24 = −1/6.
    expect(agreement.byKind.position.kappa).toBeCloseTo(-1 / 3, 12);
    expect(agreement.byKind.position.alpha).toBeCloseTo(-1 / 6, 12);
    // AC1: p_a = 1/2, π_1 = 3/4, p_e = 3/8, AC1 = 1/5.
    expect(agreement.byKind.position.ac1).toBeCloseTo(1 / 5, 12);
    // Commitments (0,0) (0,0) (1,0) (0,0): p_o = p_e = 3/4, κ = 0; α = 1 − 7·2/(64 − 1 − 49) = 0.
    expect(agreement.byKind.commitment.kappa).toBeCloseTo(0, 12);
    expect(agreement.byKind.commitment.alpha).toBeCloseTo(0, 12);
    // Nobody cited anything: no variation, so no figure rather than a perfect one.
    expect(agreement.byKind["cross-reference"]).toMatchObject({ kappa: null, alpha: null, ac1: null, units: 4, taggedByAny: 0 });
    // Stances on the words both tagged as positions: welcomes on p1 and supports on p2 from both; p3 and p4 one each.
    expect(agreement.byAttribute["position.stance"]).toEqual({
      kappa: 1,
      alpha: 1,
      ac1: 1,
      units: 4,
      ratedByAll: 2,
      unanimous: 2,
      annotators: 2,
    });
    expect(agreement.byAttribute["commitment.strength"]).toMatchObject({ kappa: null, units: 1, ratedByAll: 0 });
    expect(agreement.byCode).toEqual([]);
  });

  it("narrows the groups and the overall figures to the kinds asked for", async () => {
    const res = await compare(viewer.client, `authors=${ann.userId},${bob.userId}&kind=commitment`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.paragraphs.map((p: { id: string; groups: { outcome: string }[] }) => [p.id, p.groups.map((g) => g.outcome)])).toEqual([
      ["p3", ["single"]],
    ]);
    expect(res.body.agreement.overall).toEqual(res.body.agreement.byKind.commitment);
  });

  it("gives α but no κ for three annotators", async () => {
    const res = await compare(viewer.client, `authors=${ann.userId},${bob.userId},${admin.userId}`);
    expect(res.status, res.text).toBe(200);
    // The admin has no annotations here, so only two annotators are compared.
    expect(res.body.annotators).toHaveLength(2);
    await annotate(admin.client, slug, { target: { paragraphId: "p1", start: 3, end: 10 }, attributes: { stance: "welcomes" } });
    const three = await compare(viewer.client, `authors=${ann.userId},${bob.userId},${admin.userId}`);
    expect(three.body.annotators).toHaveLength(3);
    expect(three.body.agreement.overall.kappa).toBeNull();
    expect(three.body.agreement.overall.alpha).toEqual(expect.any(Number));
    expect(three.body.paragraphs[0].groups[0]).toMatchObject({ outcome: "match" });
    expect(three.body.paragraphs[0].groups[0].annotations).toHaveLength(3);
  });

  it("refuses IDs that are not UUIDs and answers 404 for an unknown statement", async () => {
    expectValidationIssues(await compare(viewer.client, "authors=ann,bob"));
    expectValidationIssues(await compare(viewer.client, "kind=opinion"));
    expectError(await viewer.client.get(`/api/statements/no-such-statement/compare`), 404, "not_found");
  });
});

describe("agreement that counts attributes and codes", () => {
  it("reads the same words tagged 'urges' and 'supports' as a disagreement on the stance, with κ, α and AC1 per attribute and per code", async () => {
    const stanceSlug = (
      await importStatement(admin.client, {
        title: "Stances compared",
        content: "We urge all States to ratify the Convention.\n\nWe welcome the new protocol.",
      })
    ).slug;
    const position = (paragraphId: string, end: number, stance: string, extra: Record<string, unknown> = {}) => ({
      kind: "position",
      target: { paragraphId, start: 3, end },
      attributes: { stance, ...(paragraphId === "p1" ? { topics: ["ratification"] } : {}) },
      ...extra,
    });
    const annUrges = await annotate(ann.client, stanceSlug, position("p1", 7, "urges"));
    const bobSupports = await annotate(bob.client, stanceSlug, position("p1", 7, "supports"));
    await annotate(ann.client, stanceSlug, position("p2", 10, "welcomes", { labels: ["key"] }));
    await annotate(bob.client, stanceSlug, position("p2", 10, "welcomes"));

    const res = await viewer.client.get(`/api/statements/${stanceSlug}/compare?authors=${ann.userId},${bob.userId}`);
    expect(res.status, res.text).toBe(200);
    expect(Comparison.safeParse(res.body).error?.issues).toBeUndefined();
    const groups = res.body.paragraphs.map((p: { groups: { outcome: string; differs: string[] }[] }) => p.groups[0]);
    expect(groups[0]).toMatchObject({ outcome: "attribute", differs: ["position.stance"] });
    expect(groups[0].annotations.map((a: { id: string }) => a.id)).toEqual([annUrges.id, bobSupports.id]);
    expect(groups[1]).toMatchObject({ outcome: "match", differs: [] });

    const { agreement } = res.body;
    // Both tagged a position in both paragraphs: the paragraph × kind units cannot tell them apart.
    expect(agreement.byKind.position).toMatchObject({ kappa: null, alpha: null, ac1: null, unanimous: 2 });
    // Stance units (Ann, Bob): (urges, supports) (welcomes, welcomes).
    // κ: p_o = 1/2, p_e = 1/2·1/2 (welcomes) = 1/4, κ = 1/3. α: n = 4, Σ_{c≠k} o_ck = 2; α = 1 − 3·2/(16 − 1 − 1 − 4) = 2/5.
    // AC1: π = 1/4 urges, 1/4 supports, 1/2 welcomes; p_e = (3/16 + 3/16 + 1/4)/2 = 5/16; AC1 = (8 − 5)/(16 − 5) = 3/11.
    const stance = agreement.byAttribute["position.stance"];
    expect(stance).toMatchObject({ units: 2, ratedByAll: 2, unanimous: 1, annotators: 2 });
    expect(stance.kappa).toBeCloseTo(1 / 3, 12);
    expect(stance.alpha).toBeCloseTo(2 / 5, 12);
    expect(stance.ac1).toBeCloseTo(3 / 11, 12);
    // Codes over paragraph × code units: the topic both gave on p1; the label only Ann gave, on p2 (κ: p_o = p_e = 1/2).
    expect(agreement.byCode.map((c: { code: { type: string; name: string } }) => c.code)).toEqual([
      { type: "label", name: "key" },
      { type: "topic", name: "ratification" },
    ]);
    expect(agreement.byCode[0].figures).toMatchObject({ kappa: 0, units: 2, taggedByAny: 1, unanimous: 1 });
    expect(agreement.byCode[1].figures).toMatchObject({ kappa: 1, alpha: 1, ac1: 1, units: 2, taggedByAny: 1, unanimous: 2 });
  });
});

describe("adopt a version", () => {
  const adopt = (client: Member["client"], body: unknown, on = slug) => client.post(`/api/statements/${on}/compare/adopt`, body);

  it("accepts one version and rejects the others in one action, each a review with its history and event", async () => {
    const p2 = await server.db.annotation.findMany({ where: { id: { in: [tags.annP2!.id, tags.bobP2!.id] } } });
    const version = (id: string) => p2.find((a) => a.id === id)?.version ?? 0;
    const res = await adopt(admin.client, {
      annotationId: tags.annP2!.id,
      version: version(tags.annP2!.id),
      reject: [{ id: tags.bobP2!.id, version: version(tags.bobP2!.id) }],
    });
    expect(res.status, res.text).toBe(200);
    expect(AdoptVersionResponse.safeParse(res.body).error?.issues).toBeUndefined();
    expect(res.body.accepted).toMatchObject({ id: tags.annP2!.id, status: "accepted", version: 2, review: { status: "accepted" } });
    expect(res.body.rejected).toEqual([expect.objectContaining({ id: tags.bobP2!.id, status: "rejected", version: 2 })]);
    for (const [id, status] of [
      [tags.annP2!.id, "accepted"],
      [tags.bobP2!.id, "rejected"],
    ] as const) {
      const reviews = await server.db.review.findMany({ where: { annotationId: id } });
      expect(reviews.map((r) => [r.status, r.reviewerId, r.annotationVersion])).toEqual([[status, admin.userId, 2]]);
      const changes = await server.db.annotationChange.findMany({ where: { annotationId: id }, orderBy: { version: "asc" } });
      expect(changes.map((c) => [c.version, c.action, c.actorId])).toEqual([
        [1, "created", expect.any(String)],
        [2, "reviewed", admin.userId],
      ]);
      const events = await server.db.event.findMany({ where: { annotationId: id, type: "annotation.reviewed" } });
      expect(events.map((e) => [e.actorId, (e.payload as { status: string }).status])).toEqual([[admin.userId, status]]);
    }
    // The comparison shows the decisions.
    const after = await compare();
    const group = after.body.paragraphs[1].groups[0];
    expect(group.annotations.map((a: { status: string }) => a.status)).toEqual(["accepted", "rejected"]);
  });

  it("answers 409 with the current annotation when any version is stale, and changes nothing", async () => {
    const current = await server.db.annotation.findUniqueOrThrow({ where: { id: tags.bobP1!.id } });
    await expectUnchanged(server.db, async () => {
      const res = await adopt(admin.client, {
        annotationId: tags.annP1!.id,
        version: 1,
        reject: [{ id: tags.bobP1!.id, version: current.version + 1 }],
      });
      expectError(res, 409, "version_conflict");
      expect(res.body.error.details.current).toMatchObject({ id: tags.bobP1!.id, version: current.version, status: "proposed" });
    });
  });

  it("answers 404 for an annotation of another statement, a deleted one or an unknown one, and changes nothing", async () => {
    const other = await importStatement(ann.client, { title: "Elsewhere" });
    const elsewhere = await annotate(ann.client, other.slug);
    const gone = await annotate(ann.client, slug);
    expect((await ann.client.delete(`/api/annotations/${gone.id}`)).status).toBe(204);
    await expectUnchanged(server.db, async () => {
      for (const id of [elsewhere.id, gone.id, randomUUID()]) {
        const res = await adopt(admin.client, { annotationId: tags.annP1!.id, version: 1, reject: [{ id, version: 1 }] });
        expectError(res, 404, "not_found");
        expect(res.body.error.details.missing).toEqual([id]);
      }
      expectError(
        await adopt(admin.client, { annotationId: tags.annP1!.id, version: 1, reject: [] }, "no-such-statement"),
        404,
        "not_found",
      );
    });
  });

  it("refuses the same annotation named twice, and is for reviewers and admins only", async () => {
    await expectUnchanged(server.db, async () => {
      const twice = { annotationId: tags.annP1!.id, version: 1, reject: [{ id: tags.annP1!.id, version: 1 }] };
      expectValidationIssues(await adopt(admin.client, twice));
      const body = { annotationId: tags.annP1!.id, version: 1, reject: [{ id: tags.bobP1!.id, version: 1 }] };
      expectError(await adopt(ann.client, body), 403, "forbidden");
      expectError(await adopt(viewer.client, body), 403, "forbidden");
    });
    const reviewer = await member(server, admin.workspaceId, "reviewer", "Rex Reviewer");
    const res = await adopt(reviewer.client, { annotationId: tags.annP1!.id, version: 1, reject: [{ id: tags.bobP1!.id, version: 1 }] });
    expect(res.status, res.text).toBe(200);
  });
});
