import { describe, expect, it } from "vitest";
import { invitationFate, timeLeft } from "./invitation-text.ts";
import type { InvitationView } from "./use-invitations.ts";

const now = Date.parse("2024-05-01T12:00:00Z");
const later = (ms: number) => new Date(now + ms).toISOString();

describe("timeLeft", () => {
  it("counts days, then hours, then says under an hour", () => {
    expect(timeLeft(later(7 * 86_400_000), now)).toBe("in 7 days");
    expect(timeLeft(later(86_400_000), now)).toBe("in 1 day");
    expect(timeLeft(later(5 * 3_600_000), now)).toBe("in 5 hours");
    expect(timeLeft(later(3_600_000), now)).toBe("in 1 hour");
    expect(timeLeft(later(60_000), now)).toBe("in under an hour");
  });

  it("says ended once the time has passed, and nothing for a date it cannot read", () => {
    expect(timeLeft(later(-1), now)).toBe("ended");
    expect(timeLeft("soon", now)).toBe("");
  });
});

describe("invitationFate", () => {
  const base: InvitationView = {
    id: "00000000-0000-4000-8000-000000000001",
    role: "analyst",
    note: null,
    createdAt: later(-86_400_000),
    expiresAt: later(6 * 86_400_000),
    createdBy: { id: "00000000-0000-4000-8000-000000000002", name: "Ada" },
    status: "pending",
    acceptedBy: null,
  };

  it("says when a pending link ends, and who accepted one", () => {
    expect(invitationFate(base, now)).toBe("Expires in 6 days");
    expect(invitationFate({ ...base, status: "accepted", acceptedBy: { id: base.createdBy.id, name: "Nia" } }, now)).toBe(
      "Accepted by Nia",
    );
    expect(invitationFate({ ...base, status: "revoked" }, now)).toBe("Revoked: the link no longer works");
    expect(invitationFate({ ...base, status: "expired" }, now)).toMatch(/^Expired on 7 May 2024/);
  });
});
