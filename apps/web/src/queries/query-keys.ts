/** Every cache key in one place, so invalidation after sign-in, sign-out and setup cannot miss one. */
export const queryKeys = {
  setupStatus: ["setup-status"] as const,
  me: ["me"] as const,
  statements: (q: string) => ["statements", { q }] as const,
  allStatements: ["statements"] as const,
  statement: (slug: string) => ["statement", slug] as const,
};
