import { describe, expect, it } from "vitest";
import { ApiError } from "../api/api-error.ts";
import { exportErrorMessage } from "./export-errors.ts";

describe("exportErrorMessage", () => {
  it("names the problem by code", () => {
    expect(exportErrorMessage(new ApiError(404, "not_found", "statement x"))).toMatch(/chosen statement could not be found/);
    expect(exportErrorMessage(new ApiError(403, "forbidden", "forbidden"))).toMatch(/permission/);
    expect(exportErrorMessage(new ApiError(0, "network_error", "The download was interrupted."))).toMatch(
      /connection to the server failed/,
    );
    expect(exportErrorMessage(new Error("boom"))).toMatch(/Something went wrong/);
  });

  it("says which filter the server refused", () => {
    const error = new ApiError(400, "validation_failed", "invalid query", { issues: [{ path: "from", message: "invalid date" }] });
    expect(exportErrorMessage(error)).toBe("These filters were not accepted: from Invalid date.");
  });
});
