import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError, expectValidationIssues } from "./support/assertions.ts";
import { EXPORTED, type ExportFixture, seedExportFixture } from "./support/export-fixture.ts";

let f: ExportFixture;
beforeAll(async () => {
  f = await seedExportFixture();
});
afterAll(() => f.server.stop());

/** The annotations a query exports, by short name in export order; the preview must count the same. */
async function exported(query: string): Promise<string[]> {
  const res = await f.get(`/api/exports?format=json&${query}`);
  const names = (res.body.items as { id: string }[]).map((i) => f.nameOf(i.id));
  expect(res.headers.get("x-export-count")).toBe(String(names.length));
  expect((await f.get(`/api/exports/preview?${query}`)).body.count, query).toBe(names.length);
  return names;
}

describe("export filters", () => {
  it("exports the whole workspace without deleted annotations or another workspace's", async () => {
    const all = await exported("");
    expect(all).toEqual([...EXPORTED]);
    expect(all).not.toContain("gone");
    expect(all).not.toContain("foreign");
  });

  it("statement: one or more slugs, comma-separated", async () => {
    expect(await exported(`statement=${f.s1.slug}`)).toEqual(["accepted", "emoji", "disputed", "rejected"]);
    expect(await exported(`statement=${f.s3.slug},${f.s2.slug}`)).toEqual(["other", "range", "old", "resolution"]);
  });

  it("status: comma-separated, all by default", async () => {
    expect(await exported("status=accepted,disputed")).toEqual(["accepted", "disputed"]);
    expect(await exported("status=rejected")).toEqual(["rejected"]);
    expect(await exported("status=proposed")).toEqual(["emoji", "other", "range", "old", "resolution"]);
  });

  it("kind", async () => {
    expect(await exported("kind=cross-reference")).toEqual(["rejected", "resolution"]);
    expect(await exported("kind=commitment")).toEqual(["disputed"]);
    expect(await exported("kind=position,commitment")).toEqual(["accepted", "emoji", "disputed", "other", "range", "old"]);
  });

  it("author: one or several user IDs", async () => {
    expect(await exported(`author=${f.reviewer.userId}`)).toEqual(["rejected", "other"]);
    expect(await exported(`author=${f.reviewer.userId},${f.admin.userId}`)).toEqual(["rejected", "other"]);
    expect(await exported(`author=${f.analyst.userId},${f.reviewer.userId}`)).toEqual([...EXPORTED]);
    expect(await exported(`author=${f.admin.userId}`)).toEqual([]);
  });

  it("label: annotations carrying any of the labels", async () => {
    expect(await exported("label=toc")).toEqual(["accepted", "other"]);
    expect(await exported("label=toc,arms")).toEqual(["accepted", "emoji", "other"]);
    expect(await exported("label=drugs")).toEqual(["other", "old"]);
    expect(await exported("label=nothing")).toEqual([]);
  });

  it("stance, strength and relation: attributes of each kind", async () => {
    expect(await exported("stance=concerned")).toEqual(["emoji"]);
    expect(await exported("stance=welcomes,urges")).toEqual(["accepted", "other", "old"]);
    expect(await exported("strength=pledge")).toEqual(["disputed"]);
    expect(await exported("strength=binding")).toEqual([]);
    expect(await exported("relation=reaffirms")).toEqual(["resolution"]);
    expect(await exported("relation=cites,reaffirms")).toEqual(["rejected", "resolution"]);
  });

  it("target and topic: matched without regard to case", async () => {
    expect(await exported("target=untoc")).toEqual(["rejected"]);
    expect(await exported(`target=${encodeURIComponent("s/prst/2023/6")}`)).toEqual(["resolution"]);
    expect(await exported("target=UNCAC")).toEqual([]);
    expect(await exported("topic=firearms")).toEqual(["emoji"]);
    expect(await exported("topic=DRUGS")).toEqual(["old"]);
    expect(await exported("topic=Fire")).toEqual([]);
  });

  it("from and to: the statement's date, both ends included; undated statements only without them", async () => {
    expect(await exported("from=2024-05-02")).toEqual(["other", "range"]);
    expect(await exported("to=2024-05-01")).toEqual(["accepted", "emoji", "disputed", "rejected"]);
    expect(await exported("from=2024-05-01&to=2024-05-01")).toEqual(["accepted", "emoji", "disputed", "rejected"]);
    expect(await exported("from=2024-05-03")).toEqual([]);
  });

  it("taggedFrom and taggedTo: the day the annotation was made (UTC), both ends included", async () => {
    expect(await exported("taggedTo=2020-01-15")).toEqual(["old"]);
    expect(await exported("taggedFrom=2020-01-15&taggedTo=2020-01-15")).toEqual(["old"]);
    expect(await exported("taggedTo=2020-01-14")).toEqual([]);
    expect(await exported("taggedFrom=2020-01-16")).toEqual(EXPORTED.filter((n) => n !== "old"));
    // The days the other annotations were made, read back rather than taken from the clock: a run that crosses
    // midnight (UTC) made them on the day before "today".
    const made = await f.server.db.annotation.findMany({
      where: { id: { in: EXPORTED.filter((n) => n !== "old").map((n) => f.ids[n]) } },
      select: { createdAt: true },
    });
    const days = made.map((a) => a.createdAt.toISOString().slice(0, 10)).sort();
    expect(await exported(`taggedFrom=${days[0]}&taggedTo=${days.at(-1)}`)).toEqual(EXPORTED.filter((n) => n !== "old"));
  });

  it("combines filters with AND", async () => {
    expect(await exported(`statement=${f.s2.slug}&label=drugs&status=proposed&kind=position`)).toEqual(["other"]);
    expect(await exported(`label=drugs&taggedFrom=2021-01-01`)).toEqual(["other"]);
    expect(await exported(`kind=cross-reference&status=rejected&target=untoc&relation=cites`)).toEqual(["rejected"]);
  });

  it("answers 404 naming the statements that do not exist in the workspace, in every format", async () => {
    const missing = await f.analyst.client.get("/api/exports?statement=2099-01-01-nowhere");
    expectError(missing, 404, "not_found");
    const mixed = await f.analyst.client.get(`/api/exports?format=csv&statement=${f.s1.slug},2099-01-01-nowhere`);
    expectError(mixed, 404, "not_found");
    expect(mixed.body.error.message).toContain("2099-01-01-nowhere");
    expect(mixed.body.error.message).not.toContain(f.s1.slug);
    for (const format of ["json", "w3c", "csv", "md", "html", "docx"]) {
      expectError(await f.analyst.client.get(`/api/exports?format=${format}&statement=${f.foreignSlug}`), 404, "not_found");
    }
  });

  it("answers 400 validation_failed for values it cannot take", async () => {
    for (const query of [
      "format=pdf",
      "status=maybe",
      "kind=opinion",
      "author=me",
      "stance=loves",
      "strength=firm",
      "relation=likes",
      "from=2024-13-45",
      "to=yesterday",
      "taggedFrom=2024-1-1",
      "taggedTo=2024-02-30T00:00",
      "bom=perhaps",
      "target=",
      "statement=",
      "surprise=1",
    ]) {
      expectValidationIssues(await f.analyst.client.get(`/api/exports?${query}`));
    }
  });

  it("lets a viewer export", async () => {
    const res = await f.viewer.client.get("/api/exports?format=csv&label=toc");
    expect(res.status).toBe(200);
    expect(res.headers.get("x-export-count")).toBe("2");
  });
});
