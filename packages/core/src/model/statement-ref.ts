export interface StatementMetadata {
  title: string;
  speaker?: string | null;
  delegation?: string | null;
  onBehalfOf?: string | null;
  forum?: string | null;
  meetingSymbol?: string | null;
  /** ISO date, yyyy-mm-dd. */
  date?: string | null;
  language?: string | null;
  sourceUrl?: string | null;
}

export interface StatementRef extends StatementMetadata {
  id: string;
  slug: string;
}
