import { ExportPreviewQuery, ExportQuery } from "@verbatim/contract";
import { describe, expect, it } from "vitest";
import { exportParams, filterParams, paramsFromKey, paramsKey, previewParams } from "./export-params.ts";
import { INITIAL_OPTIONS, initialSelection, selectionProblem, toggled, type ExportSelection } from "./export-selection.ts";

const me = "0b6e7a4e-8a51-4a55-9d1c-3f0f2b7a1c11";
const selection = (patch: Partial<ExportSelection> = {}): ExportSelection => ({ ...initialSelection(), ...patch });

describe("filterParams", () => {
  it("starts on accepted annotations of the whole workspace", () => {
    expect(filterParams(initialSelection())).toEqual({ status: "accepted" });
  });

  it("takes the preselected statement from the reader", () => {
    expect(filterParams(initialSelection([{ slug: "2023-12-07-unsc-china", title: "China" }]))).toEqual({
      statement: "2023-12-07-unsc-china",
      status: "accepted",
    });
  });

  it("leaves status out when every status is included, and lists the chosen ones otherwise", () => {
    expect(filterParams(selection({ allStatuses: true }))).toEqual({});
    expect(filterParams(selection({ allStatuses: true, statuses: ["proposed", "disputed"] }))).toEqual({
      status: "proposed,disputed",
    });
  });

  it("sends attribute filters only with their kind", () => {
    const s = selection({ stances: ["concerned"], topic: " firearms ", relations: ["reaffirms"], target: "UNTOC", strengths: ["pledge"] });
    expect(filterParams(s)).toEqual({ status: "accepted" });
    expect(filterParams({ ...s, kinds: ["position", "cross-reference"] })).toEqual({
      status: "accepted",
      kind: "position,cross-reference",
      stance: "concerned",
      topic: "firearms",
      relation: "reaffirms",
      target: "UNTOC",
    });
  });

  it("leaves kind out when every kind is ticked", () => {
    expect(filterParams(selection({ kinds: ["position", "commitment", "cross-reference"] }))).toEqual({ status: "accepted" });
  });

  it("maps labels, the author and the date range", () => {
    const s = selection({ labels: ["priority", "G77"], authors: [me], from: "2023-01-01", to: "2023-12-31", topic: "ignored" });
    expect(filterParams(s)).toEqual({
      status: "accepted",
      label: "priority,G77",
      author: me,
      from: "2023-01-01",
      to: "2023-12-31",
    });
  });

  it("gives parameters the contract accepts", () => {
    const s = selection({
      statements: [{ slug: "a", title: "A" }],
      kinds: ["commitment"],
      strengths: ["binding", "pledge"],
      labels: ["x"],
      authors: [me],
      from: "2024-01-01",
    });
    expect(ExportPreviewQuery.safeParse(filterParams(s)).success).toBe(true);
    expect(ExportQuery.parse(exportParams(s, { ...INITIAL_OPTIONS, format: "csv", bom: true }))).toMatchObject({
      format: "csv",
      bom: true,
      strength: ["binding", "pledge"],
      author: [me],
    });
  });
});

describe("exportParams", () => {
  it("adds the format, and the byte order mark for CSV only", () => {
    expect(exportParams(initialSelection(), INITIAL_OPTIONS)).toEqual({ status: "accepted", format: "docx" });
    expect(exportParams(initialSelection(), { ...INITIAL_OPTIONS, format: "csv", bom: true })).toEqual({
      status: "accepted",
      format: "csv",
      bom: "true",
    });
    expect(exportParams(initialSelection(), { ...INITIAL_OPTIONS, format: "csv", bom: false })).toEqual({
      status: "accepted",
      format: "csv",
    });
  });
});

describe("citation style and layout", () => {
  const short = { ...INITIAL_OPTIONS, citation: "short" as const };

  it("are left out while they are the defaults, so a brief comes out as before", () => {
    expect(previewParams(initialSelection(), INITIAL_OPTIONS)).toEqual({ status: "accepted" });
    expect(exportParams(initialSelection(), INITIAL_OPTIONS)).not.toHaveProperty("citation");
    expect(exportParams(initialSelection(), INITIAL_OPTIONS)).not.toHaveProperty("layout");
  });

  it("send the citation style with the preview and every format but W3C, and the layout with Word only", () => {
    expect(previewParams(initialSelection(), short)).toEqual({ status: "accepted", citation: "short" });
    expect(exportParams(initialSelection(), { ...short, layout: "compact" })).toEqual({
      status: "accepted",
      format: "docx",
      citation: "short",
      layout: "compact",
    });
    expect(exportParams(initialSelection(), { ...short, format: "csv", bom: false, layout: "compact" })).toEqual({
      status: "accepted",
      format: "csv",
      citation: "short",
    });
    expect(exportParams(initialSelection(), { ...short, format: "w3c" })).toEqual({ status: "accepted", format: "w3c" });
  });

  it("are parameters the contract accepts", () => {
    expect(ExportPreviewQuery.parse(previewParams(initialSelection(), { citation: "un" }))).toMatchObject({ citation: "un" });
    expect(ExportQuery.parse(exportParams(initialSelection(), { ...INITIAL_OPTIONS, citation: "un", layout: "compact" }))).toMatchObject({
      citation: "un",
      layout: "compact",
    });
    expect(ExportQuery.parse(exportParams(initialSelection(), INITIAL_OPTIONS))).toMatchObject({ citation: "full", layout: "standard" });
  });
});

describe("paramsKey", () => {
  it("is the same whatever the order, and reads back", () => {
    const key = paramsKey({ status: "accepted", kind: "position", statement: "a,b" });
    expect(key).toBe(paramsKey({ statement: "a,b", kind: "position", status: "accepted" }));
    expect(paramsFromKey(key)).toEqual({ statement: "a,b", kind: "position", status: "accepted" });
  });
});

describe("selectionProblem", () => {
  it("asks for a status and an ordered date range", () => {
    expect(selectionProblem(initialSelection())).toBeNull();
    expect(selectionProblem(selection({ allStatuses: true, statuses: [] }))).toMatch(/review status/);
    expect(selectionProblem(selection({ from: "2024-02-01", to: "2024-01-01" }))).toMatch(/date/);
  });
});

describe("toggled", () => {
  it("keeps the canonical order", () => {
    const order = ["a", "b", "c"] as const;
    expect(toggled(["c"], "a", true, order)).toEqual(["a", "c"]);
    expect(toggled(["a", "c"], "a", false, order)).toEqual(["c"]);
  });
});
