import { afterEach, describe, expect, it, vi } from "vitest";
import { describeQdcImport, importQdc, type QdcImportResult } from "./use-import-qdc.ts";

const result: QdcImportResult = {
  created: 3,
  matched: 1,
  skipped: [{ name: "x".repeat(61), reason: "invalid_name" }],
  undo: "00000000-0000-4000-8000-000000000001",
};

afterEach(() => vi.unstubAllGlobals());

describe("importQdc", () => {
  it("posts the file as multipart/form-data in the field `file`, with the CSRF token, and returns the report", async () => {
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify(result), { status: 200 }));
    vi.stubGlobal("fetch", fetch);
    vi.stubGlobal("document", { cookie: "verbatim_csrf=csrf-123" });
    const file = new Blob(['<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>'], { type: "application/xml" });
    expect(await importQdc(file, "ours.qdc")).toEqual(result);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe("/api/imports/qdc");
    expect(init.method).toBe("POST");
    const form = init.body as FormData;
    expect((form.get("file") as File).name).toBe("ours.qdc");
    expect(await (form.get("file") as File).text()).toContain("CodeBook");
    expect(new Headers(init.headers).get("x-csrf-token")).toBe("csrf-123");
  });
});

describe("describeQdcImport", () => {
  it("says what was created, matched and skipped", () => {
    expect(describeQdcImport(result)).toBe("3 codes created, 1 already in the codebook, 1 skipped");
    expect(describeQdcImport({ ...result, created: 1, skipped: [] })).toBe("1 code created, 1 already in the codebook");
  });
});
