/** Every cache key in one place, so invalidation after sign-in, sign-out and setup cannot miss one. */
export const queryKeys = {
  setupStatus: ["setup-status"] as const,
  me: ["me"] as const,
  statements: (q: string, sort: string) => ["statements", { q, sort }] as const,
  allStatements: ["statements"] as const,
  statement: (slug: string) => ["statement", slug] as const,
  /** Every annotation of one statement, loaded whole for the reader and its side panel. */
  annotations: (slug: string) => ["annotations", slug] as const,
  labels: ["labels"] as const,
  instruments: ["instruments"] as const,
  paragraphSearch: (excludeSlug: string, q: string) => ["paragraph-search", { excludeSlug, q }] as const,
  /** An export's count and first excerpts, keyed by its filters as a query string. */
  exportPreview: (filters: string) => ["export-preview", filters] as const,
  members: ["members"] as const,
  invitations: ["invitations"] as const,
  invitation: (token: string) => ["invitation", token] as const,
  /** Every comment on a statement's annotations, loaded once for the reader. */
  comments: (slug: string) => ["comments", slug] as const,
  inbox: ["inbox"] as const,
  inboxCount: ["inbox", "count"] as const,
  inboxPage: (filter: "unread" | "all") => ["inbox", "page", filter] as const,
  reviewQueue: (filters: string) => ["review-queue", filters] as const,
  annotationHistory: (annotationId: string) => ["annotation-history", annotationId] as const,
  compare: (slug: string, authors: string) => ["compare", slug, authors] as const,
  activity: (filters: string) => ["activity", filters] as const,
};
