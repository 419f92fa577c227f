import type { Member } from "@verbatim/contract";
import type { Role } from "@verbatim/core";
import type { z } from "zod";

interface MembershipRow {
  role: string;
  createdAt: Date;
  user: { id: string; name: string; email: string };
}

export const presentMember = (m: MembershipRow): z.output<typeof Member> => ({
  id: m.user.id,
  name: m.user.name,
  email: m.user.email,
  role: m.role as Role,
  joinedAt: m.createdAt.toISOString(),
});
