/** Stub: being built. */
export function ComparePage() {
  return null;
}
