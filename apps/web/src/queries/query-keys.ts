/**
 * Every cache key in one place, so invalidation after sign-in, sign-out and setup cannot miss one. The query
 * factories (`meQuery()`, `statementQuery(slug)`, …) build their keys here; the prefixes (`allStatements`,
 * `inboxPages`, …) are for invalidating a family of them at once.
 */
export const queryKeys = {
  setupStatus: ["setup-status"] as const,
  me: ["me"] as const,
  allStatements: ["statements"] as const,
  statements: (q: string, sort: string) => ["statements", { q, sort }] as const,
  /** The statements by title for the activity filter: under `allStatements`, so imports make it stale too. */
  statementOptions: ["statements", "options"] as const,
  /** The deleted statements (admins): under `allStatements`, so a deletion or restoration makes it stale too. */
  deletedStatements: ["statements", "deleted"] as const,
  statement: (slug: string) => ["statement", slug] as const,
  /** An older revision's text, the revision list and diffs: under `statement(slug)`, so a new revision makes them stale too. */
  statementRevision: (slug: string, n: number) => ["statement", slug, "revision", n] as const,
  revisions: (slug: string) => ["statement", slug, "revisions"] as const,
  revisionDiff: (slug: string, n: number, against: number | null) => ["statement", slug, "diff", n, against] as const,
  /** The newest revision whose text has a block ID, for a deep link the shown revision lacks. */
  blockRevision: (slug: string, blockId: string) => ["statement", slug, "block", blockId] as const,
  /** Every annotation of one statement, loaded whole for the reader and its side panel. */
  annotations: (slug: string) => ["annotations", slug] as const,
  /** The annotations as they stood on an older revision: under `annotations(slug)`, so every change makes them stale. */
  annotationsAsOf: (slug: string, revision: number) => ["annotations", slug, "revision", revision] as const,
  labels: ["labels"] as const,
  instruments: ["instruments"] as const,
  /** Who cites an instrument or UN symbol, and who cites a statement's paragraphs (under `citations`). */
  citations: ["citations"] as const,
  instrumentReferences: (key: string) => ["citations", "instrument", key] as const,
  /** An instrument's mentions the detector found and nobody tagged (under `citations`, so a new tag makes them stale). */
  instrumentMentions: (key: string) => ["citations", "mentions", key] as const,
  citedBy: (slug: string) => ["citations", "cited-by", slug] as const,
  paragraphCitation: (ref: string) => ["citations", "paragraph", ref] as const,
  paragraphSearch: (excludeSlug: string, q: string) => ["paragraph-search", { excludeSlug, q }] as const,
  /** A corpus search (issue 17), keyed by its URL query; the prefix is for refreshing every search at once. */
  allSearches: ["search"] as const,
  search: (query: string) => ["search", query] as const,
  /** A search's facet counts, under the search's own key (refreshed with it). */
  searchFacets: (query: string) => ["search", query, "facets"] as const,
  /** Retrieved passages (issue 17), keyed by their URL query. */
  passages: (query: string) => ["passages", query] as const,
  /** A matrix of who said what (issue 17), keyed by its URL query; the prefix is for refreshing every matrix at once. */
  allMatrices: ["matrix"] as const,
  matrix: (query: string) => ["matrix", query] as const,
  /** The first statements whose title, delegation or forum match a search's words: under `allStatements`. */
  statementsMatching: (q: string) => ["statements", "matching", q] as const,
  /** An export's count and first excerpts, keyed by its filters as a query string. */
  exportPreview: (filters: string) => ["export-preview", filters] as const,
  members: ["members"] as const,
  invitations: ["invitations"] as const,
  invitation: (token: string) => ["invitation", token] as const,
  /** Every comment on a statement's annotations, loaded once for the reader. */
  comments: (slug: string) => ["comments", slug] as const,
  inbox: ["inbox"] as const,
  inboxCount: ["inbox", "count"] as const,
  inboxPages: ["inbox", "page"] as const,
  inboxPage: (filter: "unread" | "all") => ["inbox", "page", filter] as const,
  allReviewQueues: ["review-queue"] as const,
  reviewQueue: (filters: string) => ["review-queue", filters] as const,
  /** "Needs placing": every page of it under one prefix, refreshed after a placement or a revision. */
  allPlacements: ["placements"] as const,
  placements: (statement: string) => ["placements", statement] as const,
  placementCounts: ["placements", "counts"] as const,
  annotationHistory: (annotationId: string) => ["annotation-history", annotationId] as const,
  comparisons: (slug: string) => ["compare", slug] as const,
  compare: (slug: string, filters: string) => ["compare", slug, filters] as const,
  activity: (filters: string) => ["activity", filters] as const,
  /** Assignments under filters (a query string); the prefix is for refreshing them all after a change. */
  allAssignments: ["assignments"] as const,
  assignments: (filters: string) => ["assignments", filters] as const,
  assignableMembers: ["assignable-members"] as const,
  /** The codebook: every code (under `codes`), and the codes matching what someone types in a code field. */
  codes: ["codes"] as const,
  codeList: (type: string) => ["codes", "list", type] as const,
  codeSearch: (type: string, q: string) => ["codes", "search", type, q] as const,
  /** The workspace's registry of delegations and groups (suggestions in the delegation fields). */
  delegations: ["registry", "delegations"] as const,
  /** The statements the registry names otherwise (admins): under `delegations`, so an added entry refreshes it. */
  statementsToNormalise: ["registry", "delegations", "normalise"] as const,
  /** What the detector suggests in a statement (the caller's dismissals left out), refreshed after every accept or dismiss. */
  suggestions: (slug: string) => ["suggestions", slug] as const,
  /** Per rule, what became of its suggestions: under `suggestions`, so an accept or dismissal makes it stale. */
  suggestionRules: ["suggestions", "rules"] as const,
  /** Saved views (searches, passages filters, matrices): the lists by kind and each view by ID, under one prefix. */
  allSavedViews: ["saved-views"] as const,
  savedViews: (kind: string) => ["saved-views", "list", kind] as const,
  savedView: (id: string) => ["saved-views", "one", id] as const,
  /** A job the API answered 202 for, polled until it ends. */
  job: (id: string) => ["job", id] as const,
};
