import { describe, expect, it } from "vitest";
import { ApiError } from "../api/api-error.ts";
import { asSentence, errorMessage } from "./error-message.ts";

describe("errorMessage", () => {
  it("shows the API's message for the codes the page asks for", () => {
    const error = new ApiError(401, "invalid_credentials", "wrong email or password");
    expect(errorMessage(error, ["invalid_credentials"])).toBe("Wrong email or password.");
  });

  it("chooses its own words for other codes, whatever the API said", () => {
    expect(errorMessage(new ApiError(500, "internal", "stack trace here"))).toMatch(/on our side/);
    expect(errorMessage(new ApiError(409, "conflict", "x"))).toBe("Something went wrong (conflict). Try again.");
  });

  it("tells a busy or restarting server apart from a failure, and says to try again", () => {
    expect(errorMessage(new ApiError(503, "server_busy", "busy"))).toMatch(/busy with other people's work.*try again/i);
    expect(errorMessage(new ApiError(503, "database_unavailable", "down"))).toMatch(/restarting.*try again/i);
  });

  it("copes with errors that are not ApiErrors", () => {
    expect(errorMessage(new Error("boom"))).toMatch(/Reload the page/);
  });
});

describe("asSentence", () => {
  it("capitalises and ends with a full stop once", () => {
    expect(asSentence("too many attempts; try again later")).toBe("Too many attempts; try again later.");
    expect(asSentence("Done!")).toBe("Done!");
    expect(asSentence("  ")).toBe("");
  });
});
