import { describe, expect, it } from "vitest";
import { ApiError, isApiError } from "./api-error.ts";

describe("ApiError", () => {
  it("exposes the issues of a validation_failed error", () => {
    const details = { issues: [{ path: "email", code: "invalid_format", message: "Invalid email" }, { nonsense: true }] };
    expect(new ApiError(400, "validation_failed", "bad", details).issues).toEqual([{ path: "email", message: "Invalid email" }]);
  });

  it("has no issues for other codes", () => {
    expect(new ApiError(401, "invalid_credentials", "no", { issues: [{ path: "x", message: "y" }] }).issues).toEqual([]);
  });

  it("isApiError matches on code", () => {
    const error = new ApiError(429, "rate_limited", "slow down");
    expect(isApiError(error)).toBe(true);
    expect(isApiError(error, "rate_limited")).toBe(true);
    expect(isApiError(error, "not_found")).toBe(false);
    expect(isApiError(new Error("x"))).toBe(false);
  });
});
