import { SetupRequest } from "@verbatim/contract";
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/api-error.ts";
import { fieldErrors, fieldErrorsFromApi } from "./field-errors.ts";

const messages = { email: "Enter a valid email address.", password: "Too short." };

describe("fieldErrors", () => {
  it("maps the contract's zod issues to the page's words, one per field", () => {
    const result = SetupRequest.safeParse({ workspaceName: "W", name: "N", email: "nope", password: "short" });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error?.issues ?? [], messages)).toEqual(messages);
  });

  it("maps the API's validation details the same way and ignores unknown fields", () => {
    const error = new ApiError(400, "validation_failed", "x", {
      issues: [
        { path: "password", message: "m" },
        { path: "other", message: "m" },
      ],
    });
    expect(fieldErrorsFromApi(error, messages)).toEqual({ password: "Too short." });
    expect(fieldErrorsFromApi(new Error("x"), messages)).toEqual({});
  });
});
