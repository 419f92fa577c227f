import { describe, expect, it } from "vitest";
import { countLineFeeds, estimateProgress, headerCount, PROGRESS_CAP, type ProgressSample } from "./export-progress.ts";

const sample = (patch: Partial<ProgressSample>): ProgressSample => ({
  format: "json",
  expected: 100,
  lines: 0,
  bytes: 0,
  totalBytes: null,
  ...patch,
});

describe("estimateProgress", () => {
  it("counts one annotation per line for JSON and W3C", () => {
    expect(estimateProgress(sample({ lines: 25 }))).toBe(0.25);
    expect(estimateProgress(sample({ format: "w3c", lines: 50 }))).toBe(0.5);
  });

  it("does not count the CSV header row", () => {
    expect(estimateProgress(sample({ format: "csv", lines: 1 }))).toBe(0);
    expect(estimateProgress(sample({ format: "csv", lines: 11 }))).toBe(0.1);
  });

  it("stays below 100% until the download ends, even when notes add lines", () => {
    expect(estimateProgress(sample({ lines: 100 }))).toBe(PROGRESS_CAP);
    expect(estimateProgress(sample({ format: "csv", lines: 400 }))).toBe(PROGRESS_CAP);
  });

  it("has no estimate for a Word brief, Markdown or HTML, or without a count", () => {
    expect(estimateProgress(sample({ format: "docx", lines: 10 }))).toBeNull();
    expect(estimateProgress(sample({ format: "md", lines: 10 }))).toBeNull();
    expect(estimateProgress(sample({ format: "html", lines: 10 }))).toBeNull();
    expect(estimateProgress(sample({ expected: null, lines: 10 }))).toBeNull();
    expect(estimateProgress(sample({ expected: 0 }))).toBeNull();
  });

  it("prefers the size when the server sends one, for any format", () => {
    expect(estimateProgress(sample({ format: "docx", bytes: 300, totalBytes: 1200 }))).toBe(0.25);
    expect(estimateProgress(sample({ format: "docx", bytes: 1200, totalBytes: 1200 }))).toBe(PROGRESS_CAP);
  });
});

describe("countLineFeeds", () => {
  it("counts line feeds in UTF-8 bytes, whatever the script", () => {
    const bytes = new TextEncoder().encode('{"a":"«Ñ» 中文"}\n{"b":1}\r\n\n');
    expect(countLineFeeds(bytes)).toBe(3);
    expect(countLineFeeds(new Uint8Array())).toBe(0);
  });
});

describe("headerCount", () => {
  it("reads a non-negative integer or nothing", () => {
    expect(headerCount("37")).toBe(37);
    expect(headerCount(" 0 ")).toBe(0);
    expect(headerCount(null)).toBeNull();
    expect(headerCount("-1")).toBeNull();
    expect(headerCount("many")).toBeNull();
  });
});
