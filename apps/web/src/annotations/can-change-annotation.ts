import type { Annotation } from "@verbatim/contract";
import type { Me } from "../queries/use-me.ts";

/**
 * Whether the signed-in user may edit or delete the annotation, as the API decides (annotation-policy.ts):
 * analysts and reviewers their own, admins anyone's, viewers none.
 */
export function canChangeAnnotation(me: Me | null | undefined, annotation: Pick<Annotation, "author">): boolean {
  if (!me) return false;
  const role = me.workspace.role;
  if (role === "admin") return true;
  return (role === "analyst" || role === "reviewer") && annotation.author.id === me.user.id;
}
