import { describe, expect, it } from "vitest";
import { inviteBody } from "./invite-form-values.ts";

describe("inviteBody", () => {
  it("turns the form into the API's body, leaving out an empty note", () => {
    expect(inviteBody({ role: "analyst", note: "  ", expiresInDays: "7" })).toEqual({
      ok: true,
      body: { role: "analyst", expiresInDays: 7 },
    });
    expect(inviteBody({ role: "viewer", note: " for Rosa ", expiresInDays: "30" })).toEqual({
      ok: true,
      body: { role: "viewer", note: "for Rosa", expiresInDays: 30 },
    });
  });

  it("names the fields to fix", () => {
    const result = inviteBody({ role: "owner", note: "x".repeat(201), expiresInDays: "31" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(["expiresInDays", "note", "role"]);
    for (const days of ["", "0", "2.5", "seven"]) {
      const r = inviteBody({ role: "viewer", note: "", expiresInDays: days });
      expect(r.ok ? null : Object.keys(r.errors)).toEqual(["expiresInDays"]);
    }
  });
});
