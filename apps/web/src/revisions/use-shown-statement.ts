import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { statementRevisionQuery } from "../queries/use-revisions.ts";
import { useStatement } from "../queries/use-statement.ts";

/** The URL's `?revision=N`: which revision the reader shows (the current one without it). */
export const REVISION_PARAM = "revision";

/** The revision a `?revision=` value names, or null for none or one that is not a revision number. */
export function requestedRevision(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 ? n : null;
}

/**
 * The statement as the reader shows it: `current` (its abilities, current revision and metadata, the one entry
 * annotations and new tags read) and `shown`, the same query unless the URL asks for an older revision, whose
 * paragraphs are then read on their own. `readOnly` once it is known that the shown revision is not the current one.
 */
export function useShownStatement(slug: string) {
  const [searchParams] = useSearchParams();
  const requested = requestedRevision(searchParams.get(REVISION_PARAM));
  const current = useStatement(slug);
  const older = requested !== null && requested !== current.data?.revision;
  const revision = useQuery({ ...statementRevisionQuery(slug, requested ?? 1), enabled: older });
  const shown = older ? revision : current;
  const readOnly = older && current.data !== undefined;
  return { current, shown, readOnly };
}
