import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/api-error.ts";
import { FIELD_MESSAGES, TEXT_MESSAGES } from "./field-messages.ts";
import { fileProblem, importProblems } from "./import-errors.ts";

describe("importProblems", () => {
  it("puts validation issues beside their fields", () => {
    const error = new ApiError(400, "validation_failed", "invalid body", {
      issues: [
        { path: "date", message: "Invalid ISO date" },
        { path: "sourceUrl", message: "Invalid URL" },
      ],
    });
    expect(importProblems(error)).toEqual({
      fields: { date: FIELD_MESSAGES.date, sourceUrl: FIELD_MESSAGES.sourceUrl },
      text: null,
      top: null,
    });
  });

  it("puts issues with the text beside the text, and unplaceable ones at the top", () => {
    const onText = new ApiError(400, "validation_failed", "x", { issues: [{ path: "content", message: "Too big" }] });
    expect(importProblems(onText).text).toBe(TEXT_MESSAGES.invalid);
    const unknown = new ApiError(400, "validation_failed", "x", { issues: [{ path: "colour", message: "?" }] });
    expect(importProblems(unknown).top).toMatch(/validation_failed/);
  });

  it("explains empty texts, oversized bodies and missing rights", () => {
    expect(importProblems(new ApiError(422, "invalid_content", "no paragraphs")).text).toBe(TEXT_MESSAGES.noParagraphs);
    expect(importProblems(new ApiError(413, "payload_too_large", "big")).text).toBe(TEXT_MESSAGES.tooLarge);
    expect(importProblems(new ApiError(403, "forbidden", "no")).top).toBe(TEXT_MESSAGES.forbidden);
  });

  it("falls back to the shared wording for other failures", () => {
    expect(importProblems(new ApiError(0, "network_error", "x")).top).toMatch(/could not be reached/);
    expect(importProblems(new Error("boom")).top).toMatch(/Reload the page/);
  });
});

describe("fileProblem", () => {
  it("says what is wrong with a file, by code", () => {
    expect(fileProblem(new ApiError(422, "no_text_layer", "no text layer"))).toMatch(/OCR is not supported/);
    expect(fileProblem(new ApiError(422, "encrypted_pdf", "encrypted"))).toMatch(/encrypted/);
    expect(fileProblem(new ApiError(415, "unsupported_file", "unsupported"))).toMatch(/\.docx or \.pdf/);
    expect(fileProblem(new ApiError(413, "payload_too_large", "too large"))).toMatch(/larger than the import takes/);
    expect(fileProblem(new ApiError(422, "invalid_content", "none"))).toBe(TEXT_MESSAGES.noParagraphs);
  });

  it("puts a record that cannot be split at the top", () => {
    expect(importProblems(new ApiError(422, "not_a_record", "no turns")).top).toMatch(/cannot be split/);
  });
});
