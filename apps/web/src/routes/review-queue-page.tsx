/** Stub: being built. */
export function ReviewQueuePage() {
  return null;
}
