import { describe, expect, it } from "vitest";
import { ApiError } from "../api/api-error.ts";
import { revisedMeanwhileMessage, revisionErrorMessage } from "./revision-errors.ts";

describe("revision error messages", () => {
  it("say plainly why a text was not previewed or added", () => {
    expect(revisionErrorMessage(new ApiError(422, "no_changes", "m"))).toBe(
      "This text is the same as the current revision: there is nothing to add.",
    );
    expect(revisionErrorMessage(new ApiError(422, "invalid_content", "the text has no paragraphs"))).toBe(
      "The text could not be read. The text has no paragraphs.",
    );
    expect(revisionErrorMessage(new ApiError(403, "forbidden", "m"))).toBe("Your role does not allow adding revisions.");
    expect(revisionErrorMessage(new ApiError(0, "network_error", ""))).toMatch(/could not be reached/);
  });

  it("say when the preview was made again against a revision added meanwhile", () => {
    expect(revisedMeanwhileMessage(3)).toMatch(/^Revision 3 was added while you were working/);
  });
});
