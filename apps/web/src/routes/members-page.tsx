/** Stub: being built. */
export function MembersPage() {
  return null;
}
