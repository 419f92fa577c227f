import { describe, expect, it } from "vitest";
import type { ImportPreview } from "../../queries/use-import-preview.ts";
import { importReducer, INITIAL_IMPORT_STATE, type ImportAction, type ImportState } from "./import-state.ts";
import { emptyPreview } from "./test-preview.ts";

function run(...actions: ImportAction[]): ImportState {
  return actions.reduce(importReducer, INITIAL_IMPORT_STATE);
}

const preview = (metadata: Record<string, string>): ImportPreview => emptyPreview({ metadata });

const turn = (index: number, speaker: string, delegation: string | null) => ({
  index,
  speaker,
  delegation,
  role: null,
  onBehalfOf: null,
  language: null,
  pages: { from: 2, to: 3 },
  title: `Statement by ${speaker}`,
  paragraphs: [{ text: "We welcome the report.", page: 2 }],
  words: 4,
});
const record = emptyPreview({
  metadata: { forum: "Security Council" },
  record: {
    symbol: "S/PV.9500",
    forum: null,
    meeting: "9500th meeting",
    date: "2023-12-07",
    place: "New York",
    turns: [turn(0, "The President", null), turn(1, "Mr. Zhang Jun", "China")],
    procedural: [],
  },
});

describe("importReducer", () => {
  it("guesses the format as the text changes, until the analyst sets it", () => {
    expect(run({ type: "content-changed", content: "# Remarks" }).format).toBe("markdown");
    const chosen = run({ type: "format-chosen", format: "html" }, { type: "content-changed", content: "# Remarks" });
    expect(chosen.format).toBe("html");
  });

  it("keeps the file under review, and starts its edits afresh", () => {
    const file = new File(["x"], "record.pdf");
    const state = run(
      { type: "edit-started", edits: [{ op: "merge", block: 0 }] },
      { type: "preview-succeeded", preview: preview({}), file, batchItem: "f1" },
    );
    expect(state).toMatchObject({ file, batchItem: "f1", edits: [], editing: false, step: "details" });
  });

  it("keeps the edits the server took, and puts back the list when it refuses one", () => {
    const first = { op: "mark" as const, block: 0, as: "title" as const };
    const taken = run(
      { type: "preview-succeeded", preview: preview({}) },
      { type: "edit-started", edits: [first] },
      { type: "edit-succeeded", preview: preview({ title: "Remarks" }) },
    );
    expect(taken).toMatchObject({ edits: [first], editing: false, values: { title: "Remarks" } });
    const refused = run(
      { type: "preview-succeeded", preview: preview({}) },
      { type: "edit-started", edits: [{ op: "merge", block: 9 }] },
      { type: "edit-failed", edits: [], message: "No" },
    );
    expect(refused).toMatchObject({ edits: [], editing: false, editError: "No" });
  });

  it("offers a record split by speaker, every turn chosen, with the meeting's fields", () => {
    const state = run({ type: "preview-succeeded", preview: record });
    expect(state.mode).toBe("record");
    expect(state.meeting).toEqual({ forum: "Security Council", date: "2023-12-07", meetingSymbol: "S/PV.9500" });
    expect(state.turns.map((t) => [t.checked, t.speaker, t.delegation])).toEqual([
      [true, "The President", ""],
      [true, "Mr. Zhang Jun", "China"],
    ]);
    const edited = run(
      { type: "preview-succeeded", preview: record },
      { type: "turns-all", checked: false },
      { type: "turn-checked", index: 1, checked: true },
      { type: "turn-changed", index: 1, field: "delegation", value: "People's Republic of China" },
      { type: "mode-chosen", mode: "single" },
    );
    expect(edited.turns[1]).toMatchObject({ checked: true, delegation: "People's Republic of China" });
    expect(edited.turns[0]?.checked).toBe(false);
    expect(edited.mode).toBe("single");
    expect(run({ type: "preview-succeeded", preview: preview({}) }).mode).toBe("single");
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
