import { describe, expect, it } from "vitest";
import type { ImportPreview } from "../../queries/use-import-preview.ts";
import { importReducer, INITIAL_IMPORT_STATE, type ImportAction, type ImportState } from "./import-state.ts";

function run(...actions: ImportAction[]): ImportState {
  return actions.reduce(importReducer, INITIAL_IMPORT_STATE);
}

const preview = (metadata: Record<string, string>): ImportPreview => ({ paragraphs: [], dropped: [], metadata, duplicates: [] });

describe("importReducer", () => {
  it("guesses the format as the text changes, until a file or the analyst sets it", () => {
    expect(run({ type: "content-changed", content: "# Remarks" }).format).toBe("markdown");
    const chosen = run({ type: "format-chosen", format: "html" }, { type: "content-changed", content: "# Remarks" });
    expect(chosen.format).toBe("html");
    const fromFile = run(
      { type: "file-loaded", name: "a.txt", content: "# Remarks", format: "text" },
      { type: "content-changed", content: "# R" },
    );
    expect(fromFile.format).toBe("text");
  });

  it("goes back to guessing when a file's text is cleared", () => {
    const state = run({ type: "file-loaded", name: "a.txt", content: "x", format: "text" }, { type: "content-changed", content: "" });
    expect(state).toMatchObject({ formatSetBy: "guess", fileName: null });
  });

  it("pre-fills from each preview without overwriting what the analyst typed", () => {
    const state = run(
      { type: "preview-succeeded", preview: preview({ title: "First", forum: "CCPCJ", place: "Vienna" }) },
      { type: "value-changed", field: "forum", value: "CCPCJ 32" },
      { type: "back" },
      { type: "preview-succeeded", preview: preview({ title: "Second", forum: "CND" }) },
    );
    expect(state.values).toMatchObject({ title: "Second", forum: "CCPCJ 32" });
    expect(state).toMatchObject({ step: "details", place: null });
  });

  it("clears a field's error when it is edited, and counts failures", () => {
    const failed = run({ type: "failed", problems: { fields: { title: "T", date: "D" }, text: null, top: null } });
    expect(failed.failures).toBe(1);
    const edited = importReducer(failed, { type: "value-changed", field: "title", value: "Remarks" });
    expect(edited.problems.fields).toEqual({ title: undefined, date: "D" });
  });

  it("asks again for a choice after each preview, and steps back from a revision's summary to the details", () => {
    const revision = {
      number: 2,
      paragraphs: [],
      dropped: [],
      changes: [],
      anchoring: { total: 0, exact: 0, shifted: 0, fuzzy: 0, orphaned: 0 },
    };
    const confirming = run(
      { type: "preview-succeeded", preview: preview({}) },
      { type: "choice-made", choice: { kind: "separate" } },
      { type: "revision-preview-succeeded", revision },
    );
    expect(confirming).toMatchObject({ step: "revision", revision, choice: { kind: "separate" } });
    expect(importReducer(confirming, { type: "back" })).toMatchObject({ step: "details", revision: null });
    const again = run({ type: "choice-made", choice: { kind: "separate" } }, { type: "preview-succeeded", preview: preview({}) });
    expect(again.choice).toBeNull();
  });
});
