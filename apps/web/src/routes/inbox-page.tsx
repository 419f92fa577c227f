/** Stub: being built. */
export function InboxPage() {
  return null;
}
