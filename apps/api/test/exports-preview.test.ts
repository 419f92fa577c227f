import { ExportPreview, JsonExport } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError, expectValidationIssues } from "./support/assertions.ts";
import { EXPORTED, type ExportFixture, seedExportFixture } from "./support/export-fixture.ts";

let f: ExportFixture;
beforeAll(async () => {
  f = await seedExportFixture();
});
afterAll(() => f.server.stop());

const preview = async (query: string) => ExportPreview.parse((await f.get(`/api/exports/preview?${query}`)).body);

describe("export preview", () => {
  it("counts the annotations and statements selected, with the first five excerpts in export order", async () => {
    const res = await preview("");
    expect(res.count).toBe(EXPORTED.length);
    expect(res.statements).toBe(3);
    expect(res.items.map((i) => f.nameOf(i.id))).toEqual(EXPORTED.slice(0, 5));
  });

  it("gives the same items as the JSON export", async () => {
    const all = JsonExport.parse((await f.get("/api/exports?format=json")).body).items;
    const res = await preview("limit=50");
    expect(res.items).toEqual(all);
  });

  it("takes a limit from 0 to 50", async () => {
    expect((await preview("limit=2")).items.map((i) => f.nameOf(i.id))).toEqual(["accepted", "emoji"]);
    const none = await preview("limit=0&status=proposed");
    expect(none).toEqual({ count: 5, statements: 3, items: [] });
    expectValidationIssues(await f.analyst.client.get("/api/exports/preview?limit=51"));
    expectValidationIssues(await f.analyst.client.get("/api/exports/preview?limit=-1"));
    expectValidationIssues(await f.analyst.client.get("/api/exports/preview?format=csv"));
  });

  it("applies the export's filters", async () => {
    const res = await preview(`statement=${f.s2.slug},${f.s3.slug}&kind=position`);
    expect(res).toMatchObject({ count: 3, statements: 2 });
    expect(res.items.map((i) => f.nameOf(i.id))).toEqual(["other", "range", "old"]);
    expect(await preview("label=nothing")).toEqual({ count: 0, statements: 0, items: [] });
    const accepted = await preview("status=accepted");
    expect(accepted.items[0]).toMatchObject({
      reference: `${f.s1.slug}#p2`,
      review: { status: "accepted", reviewer: "Rex Reviewer" },
      citation: expect.stringContaining("1 May 2024"),
    });
  });

  it("answers 404 for a statement the workspace does not have, and serves viewers", async () => {
    expectError(await f.analyst.client.get(`/api/exports/preview?statement=${f.foreignSlug}`), 404, "not_found");
    expectError(await f.analyst.client.get("/api/exports/preview?statement=2099-01-01-nowhere"), 404, "not_found");
    const viewed = await f.viewer.client.get("/api/exports/preview?limit=1");
    expect(viewed.status).toBe(200);
    expect(viewed.body.count).toBe(EXPORTED.length);
  });
});
