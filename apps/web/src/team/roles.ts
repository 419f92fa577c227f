import { ROLES, type Role } from "@verbatim/core";

export const ROLE_LABELS: Record<Role, string> = { admin: "Admin", reviewer: "Reviewer", analyst: "Analyst", viewer: "Viewer" };

/** What each role may do, in a few words, for the invite form and the role selects. */
export const ROLE_SUMMARIES: Record<Role, string> = {
  admin: "also manages members, vocabulary and statements",
  reviewer: "also reviews anyone's annotations",
  analyst: "creates and edits own annotations and comments",
  viewer: "reads and exports",
};

export const ROLE_OPTIONS = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));

/** "an analyst", "a reviewer": for sentences such as "… invites you to join … as an analyst". */
export function withArticle(role: Role): string {
  const label = ROLE_LABELS[role].toLowerCase();
  return /^[aeiou]/.test(label) ? `an ${label}` : `a ${label}`;
}
