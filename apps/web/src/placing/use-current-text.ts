import { useQuery } from "@tanstack/react-query";
import { statementQuery } from "../queries/use-statement.ts";

/** The current text of the statement in hand (the reader's own cache entry), to choose words beyond the paragraph shown. */
export function useCurrentText(slug: string | undefined) {
  return useQuery({ ...statementQuery(slug ?? ""), enabled: slug !== undefined });
}
