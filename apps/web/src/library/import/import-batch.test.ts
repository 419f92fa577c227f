import { describe, expect, it } from "vitest";
import type { ImportPreview } from "../../queries/use-import-preview.ts";
import { batchProgress, batchReducer, nextToRead, refusal, type BatchItem } from "./import-batch.ts";
import { emptyPreview } from "./test-preview.ts";

const file = (name: string, text = "x") => new File([text], name);

function added(...names: string[]): BatchItem[] {
  return batchReducer([], { type: "added", items: names.map((name, i) => ({ id: `f${i}`, file: file(name), error: null })) });
}

describe("batchReducer", () => {
  it("reads one file at a time, in the order they came", () => {
    let items = added("a.pdf", "b.docx");
    expect(nextToRead(items)?.id).toBe("f0");
    items = batchReducer(items, { type: "reading", id: "f0" });
    expect(nextToRead(items)).toBeNull();
    items = batchReducer(items, { type: "read", id: "f0", preview: emptyPreview() });
    expect(nextToRead(items)?.id).toBe("f1");
    expect(batchProgress(items)).toEqual({ done: 1, total: 2 });
  });

  it("flags a file that repeats a statement, and keeps an error's message", () => {
    const duplicate = { ...emptyPreview(), duplicates: [{}] } as unknown as ImportPreview;
    let items = added("a.pdf", "b.pdf");
    items = batchReducer(items, { type: "read", id: "f0", preview: duplicate });
    items = batchReducer(items, { type: "failed", id: "f1", message: "Encrypted" });
    expect(items.map((i) => [i.status, i.message])).toEqual([
      ["duplicate", null],
      ["error", "Encrypted"],
    ]);
    expect(batchProgress(items)).toEqual({ done: 2, total: 2 });
  });

  it("starts a refused file as an error, never sent", () => {
    const items = batchReducer([], { type: "added", items: [{ id: "f0", file: file("logo.png"), error: "Not a file" }] });
    expect(items[0]).toMatchObject({ status: "error", message: "Not a file" });
    expect(nextToRead(items)).toBeNull();
  });
});

describe("refusal", () => {
  it("takes the five formats and refuses others, empty and oversized files", () => {
    for (const name of ["a.txt", "b.MD", "c.html", "d.docx", "e.pdf"]) expect(refusal(file(name), 100)).toBeNull();
    expect(refusal(file("a.png"), 100)).toMatch(/\.docx or \.pdf/);
    expect(refusal(file("a.pdf", ""), 100)).toMatch(/empty/);
    expect(refusal(file("a.pdf", "x".repeat(200)), 100)).toMatch(/Larger/);
  });
});
