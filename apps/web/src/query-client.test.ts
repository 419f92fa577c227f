import { describe, expect, it } from "vitest";
import { ApiError } from "./api/api-error.ts";
import { shouldRetry } from "./query-client.ts";

describe("shouldRetry", () => {
  it("retries network and server failures, at most twice", () => {
    expect(shouldRetry(0, new ApiError(0, "network_error", "x"))).toBe(true);
    expect(shouldRetry(1, new ApiError(503, "internal", "x"))).toBe(true);
    expect(shouldRetry(2, new ApiError(503, "internal", "x"))).toBe(false);
  });

  it("never retries an answer the API meant", () => {
    expect(shouldRetry(0, new ApiError(404, "not_found", "x"))).toBe(false);
    expect(shouldRetry(0, new ApiError(401, "unauthenticated", "x"))).toBe(false);
    expect(shouldRetry(0, new Error("x"))).toBe(false);
  });
});
