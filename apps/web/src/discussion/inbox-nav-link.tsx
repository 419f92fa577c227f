/** Stub: being built. */
export function InboxNavLink() {
  return null;
}
