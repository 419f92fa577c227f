import { describe, expect, it } from "vitest";
import { ApiError } from "../api/api-error.ts";
import { acceptErrorMessage, unusableReason } from "./accept-errors.ts";

const error = (status: number, code: ConstructorParameters<typeof ApiError>[1], message = "api says so") =>
  new ApiError(status, code, message);

describe("acceptErrorMessage", () => {
  it("leaves to the fields and the unusable view what they show", () => {
    for (const code of ["validation_failed", "email_taken", "invitation_unusable"] as const)
      expect(acceptErrorMessage(error(409, code), "Desk")).toBeNull();
  });

  it("says what went wrong in the page's words", () => {
    expect(acceptErrorMessage(error(409, "conflict"), "Desk")).toBe("You are already a member of Desk.");
    expect(acceptErrorMessage(error(401, "invalid_credentials"), "Desk")).toBe("Wrong email or password.");
    expect(acceptErrorMessage(error(429, "rate_limited", "too many attempts; try again later"), "Desk")).toBe(
      "Too many attempts; try again later.",
    );
  });
});

describe("unusableReason", () => {
  it("names what became of the link", () => {
    expect(unusableReason({ status: "accepted" })).toMatch(/already been used/);
    expect(unusableReason({ status: "revoked" })).toMatch(/revoked/);
    expect(unusableReason({ status: "expired" })).toMatch(/expired/);
    expect(unusableReason(null)).toMatch(/can no longer be used/);
  });
});
