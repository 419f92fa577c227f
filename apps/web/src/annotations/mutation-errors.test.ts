import { describe, expect, it } from "vitest";
import { ApiError } from "../api/api-error.ts";
import { conflictCurrent, createErrorMessage, deleteErrorMessage, updateErrorMessage } from "./mutation-errors.ts";
import { makeAnnotation } from "./test-fixtures.ts";

describe("mutation error messages", () => {
  const error = (code: ConstructorParameters<typeof ApiError>[1], details: unknown = null, message = "m") =>
    new ApiError(422, code, message, details);

  it("explain a stale selection, and pass on what the server says about attributes", () => {
    expect(createErrorMessage(error("invalid_target"))).toMatch(/the text changed since you selected it/);
    expect(createErrorMessage(error("revision_changed"))).toBe(
      "The text was revised while you were tagging; please select the words again.",
    );
    expect(createErrorMessage(error("invalid_attributes", null, "no paragraph x#p9 in this workspace"))).toBe(
      "The tag was not saved. No paragraph x#p9 in this workspace.",
    );
    expect(createErrorMessage(new ApiError(0, "network_error", ""))).toMatch(/^The tag was not saved\. The server could not be reached/);
  });

  it("say why an edit or a deletion did not happen", () => {
    expect(updateErrorMessage(error("not_found"))).toMatch(/someone deleted this annotation/);
    expect(deleteErrorMessage(error("version_conflict"))).toMatch(/someone changed it/);
  });

  it("read the current annotation out of a version conflict", () => {
    const current = makeAnnotation({ version: 7 });
    expect(conflictCurrent(new ApiError(409, "version_conflict", "m", { current }))).toEqual(current);
    expect(conflictCurrent(new ApiError(409, "version_conflict", "m", { current: { id: 1 } }))).toBeNull();
    expect(conflictCurrent(error("invalid_target", { current }))).toBeNull();
  });
});
