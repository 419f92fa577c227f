/** Stub: being built. */
export function ActivityPage() {
  return null;
}
