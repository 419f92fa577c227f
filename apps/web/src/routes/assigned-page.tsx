import { AssignedToMe } from "../assignments/assigned-to-me.tsx";

/** `/assigned`: what the signed-in member has been asked to tag or review. */
export function AssignedPage() {
  return <AssignedToMe />;
}
