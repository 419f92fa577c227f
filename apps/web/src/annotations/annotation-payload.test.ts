import { CreateAnnotationRequest, UpdateAnnotationRequest } from "@verbatim/contract";
import { describe, expect, it } from "vitest";
import { buildCreatePayload, buildUpdatePayload, FIELD_MESSAGES } from "./annotation-payload.ts";
import { type AnnotationFieldValues, initialFieldValues } from "./field-values.ts";
import { makeAnnotation } from "./test-fixtures.ts";

const draft = {
  target: { paragraphId: "p4", start: 10, end: 42 },
  quote: { exact: "welcomes the adoption of the convention", prefix: "The delegation ", suffix: " against crime" },
};
const keys = new Set(["UNTOC", "UNCAC", "A/RES/74/247"]);
const values = (overrides: Partial<AnnotationFieldValues>, kind: "position" | "commitment" | "cross-reference" = "position") => ({
  ...initialFieldValues(kind),
  ...overrides,
});

describe("buildCreatePayload", () => {
  it("builds a position the contract accepts, with topics and labels from chips and drafts", () => {
    const built = buildCreatePayload(
      "position",
      draft,
      values({ stance: "welcomes", topics: ["cybercrime"], topicDraft: "treaty, ", labels: ["UNGA"], labelDraft: "priority" }),
      {
        labelVocabulary: ["Priority"],
      },
    );
    expect(built).toEqual({
      ok: true,
      value: {
        kind: "position",
        target: { paragraphId: "p4", start: 10, end: 42, exact: draft.quote.exact },
        attributes: { stance: "welcomes", topics: ["cybercrime", "treaty"] },
        labels: ["UNGA", "Priority"],
      },
    });
    if (built.ok) expect(CreateAnnotationRequest.safeParse(built.value).success).toBe(true);
  });

  it("leaves out empty optional attributes, labels and the note", () => {
    const built = buildCreatePayload(
      "commitment",
      draft,
      values({ strength: "pledge", actor: "  ", action: " fund training " }, "commitment"),
    );
    expect(built).toEqual({
      ok: true,
      value: {
        kind: "commitment",
        target: { ...draft.target, exact: draft.quote.exact },
        attributes: { strength: "pledge", action: "fund training" },
      },
    });
  });

  it("sends a note as its Tiptap document", () => {
    const note = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "See ", marks: [{ type: "bold" }] }] }] };
    const built = buildCreatePayload("position", draft, values({ stance: "urges", note }));
    expect(built.ok && built.value.note).toEqual(note);
  });

  it("keeps the end paragraph only for a span across paragraphs", () => {
    const across = buildCreatePayload(
      "position",
      { ...draft, target: { ...draft.target, endParagraphId: "p5" } },
      values({ stance: "notes" }),
    );
    const same = buildCreatePayload(
      "position",
      { ...draft, target: { ...draft.target, endParagraphId: "p4" } },
      values({ stance: "notes" }),
    );
    expect(across.ok && across.value.target.endParagraphId).toBe("p5");
    expect(same.ok && "endParagraphId" in same.value.target).toBe(false);
  });

  it("reports a missing required choice on its field", () => {
    expect(buildCreatePayload("position", draft, values({}))).toEqual({ ok: false, errors: { stance: FIELD_MESSAGES.stance } });
    expect(buildCreatePayload("commitment", draft, values({}, "commitment"))).toEqual({
      ok: false,
      errors: { strength: FIELD_MESSAGES.strength },
    });
  });

  it("reports too-long fields per field", () => {
    const built = buildCreatePayload(
      "commitment",
      draft,
      values({ strength: "binding", actor: "x".repeat(201), labels: ["y".repeat(61)] }, "commitment"),
    );
    expect(built.ok).toBe(false);
    if (!built.ok) expect(Object.keys(built.errors).sort()).toEqual(["actor", "labels"]);
  });

  it("checks a cross-reference target: instrument key, UN symbol, paragraph ref or URL", () => {
    const cross = (t: string) =>
      buildCreatePayload("cross-reference", draft, values({ target: t }, "cross-reference"), { instrumentKeys: keys });
    expect(cross("UNTOC")).toMatchObject({ ok: true, value: { attributes: { target: "UNTOC", relation: "cites" } } });
    expect(cross("S/RES/1373 (2001)").ok).toBe(true);
    expect(cross("2023-12-07-unsc-china#p7").ok).toBe(true);
    expect(cross("https://www.unodc.org/").ok).toBe(true);
    expect(cross("Palermo")).toEqual({ ok: false, errors: { target: FIELD_MESSAGES.target } });
    const empty = cross("  ");
    expect(!empty.ok && empty.errors.target).toMatch(/Choose what this refers to/);
  });

  it("leaves the target check to the server while the registry is not loaded", () => {
    expect(buildCreatePayload("cross-reference", draft, values({ target: "NEW-KEY" }, "cross-reference")).ok).toBe(true);
  });

  it("reports a bad selection on the form as a whole", () => {
    const built = buildCreatePayload(
      "position",
      { ...draft, target: { ...draft.target, paragraphId: "paragraph-4" } },
      values({ stance: "notes" }),
    );
    expect(built).toEqual({ ok: false, errors: { form: FIELD_MESSAGES.form } });
  });
});

describe("buildUpdatePayload", () => {
  it("changes the edited attributes, keeps the rest, and clears an emptied note", () => {
    const annotation = makeAnnotation({
      kind: "commitment",
      attributes: { strength: "pledge", actor: "EU", deadline: "2030" },
      note: "old",
    });
    const built = buildUpdatePayload(annotation, {
      ...initialFieldValues("commitment", annotation),
      strength: "binding",
      actor: "",
      note: null,
    });
    expect(built).toEqual({ ok: true, value: { attributes: { strength: "binding", deadline: "2030" }, labels: [], note: null } });
    if (built.ok) expect(UpdateAnnotationRequest.safeParse({ ...built.value, version: 1 }).success).toBe(true);
  });

  it("reports errors the same way as a new tag", () => {
    const annotation = makeAnnotation();
    expect(buildUpdatePayload(annotation, { ...initialFieldValues("position", annotation), stance: "" })).toEqual({
      ok: false,
      errors: { stance: FIELD_MESSAGES.stance },
    });
  });
});
