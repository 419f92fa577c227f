import { describe, expect, it } from "vitest";
import { readCsrfToken } from "./csrf.ts";

describe("readCsrfToken", () => {
  it("finds the CSRF cookie among others", () => {
    expect(readCsrfToken("theme=dark; verbatim_csrf=abc%3D123; other=1")).toBe("abc=123");
  });

  it("returns null when there is none", () => {
    expect(readCsrfToken("theme=dark")).toBeNull();
    expect(readCsrfToken("")).toBeNull();
  });

  it("does not match a cookie whose name only ends like it", () => {
    expect(readCsrfToken("x_verbatim_csrf=nope")).toBeNull();
  });
});
