import { describe, expect, it } from "vitest";
import { ApiError } from "../api/api-error.ts";
import { adoptErrorMessage, adoptSuccessMessage } from "./adopt-message.ts";

describe("adopt messages", () => {
  it("says whose version was adopted and how many were rejected", () => {
    expect(adoptSuccessMessage("Ann", 1)).toBe("Adopted Ann's version; the other version was rejected.");
    expect(adoptSuccessMessage("Ann", 2)).toBe("Adopted Ann's version; the 2 other versions were rejected.");
    expect(adoptSuccessMessage("Ann", 0)).toBe("Adopted Ann's version.");
  });

  it("explains a conflict without blaming the user", () => {
    expect(adoptErrorMessage(new ApiError(409, "version_conflict", "stale"))).toMatch(/^Someone changed one of these annotations/);
    expect(adoptErrorMessage(new ApiError(404, "not_found", "gone"))).toMatch(/deleted in the meantime/);
  });
});
