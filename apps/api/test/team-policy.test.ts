import { ROLES, type Role } from "@verbatim/core";
import { describe, expect, it } from "vitest";
import { canChangeRole, canInvite, canListMembers, canManageMembers } from "../src/features/team/team-policy.ts";

const as = (role: Role) => ({ role });

describe("team policy, role by role", () => {
  it.each(ROLES)("a %s lists the members; only an admin manages them and invites", (role) => {
    expect(canListMembers(as(role))).toBe(true);
    expect(canManageMembers(as(role))).toBe(role === "admin");
    expect(canInvite(as(role))).toBe(role === "admin");
  });

  it.each(ROLES.filter((r) => r !== "admin"))("a %s changes and removes no one, themselves included", (role) => {
    for (const target of ROLES) {
      for (const next of [...ROLES, null])
        expect(canChangeRole(as(role), as(target), next, 3)).toMatchObject({ ok: false, code: "forbidden" });
    }
  });

  it("an admin gives any member any role and removes any member while another admin remains", () => {
    for (const target of ROLES)
      for (const next of [...ROLES, null]) expect(canChangeRole(as("admin"), as(target), next, 2)).toEqual({ ok: true });
  });

  it("the last admin can be neither demoted nor removed, but can stay admin", () => {
    for (const next of ["reviewer", "analyst", "viewer", null] as const) {
      expect(canChangeRole(as("admin"), as("admin"), next, 1)).toMatchObject({ ok: false, code: "last_admin" });
    }
    expect(canChangeRole(as("admin"), as("admin"), "admin", 1)).toEqual({ ok: true });
  });

  it("with one admin, other members' roles still change freely", () => {
    for (const target of ["reviewer", "analyst", "viewer"] as const) {
      for (const next of [...ROLES, null]) expect(canChangeRole(as("admin"), as(target), next, 1)).toEqual({ ok: true });
    }
  });
});
