/** Stub: being built. */
export function InvitationPage() {
  return null;
}
