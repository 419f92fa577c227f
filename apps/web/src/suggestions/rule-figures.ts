import { endpoints } from "@verbatim/contract";
import { queryOptions } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";

export type RuleFigures = ResponseOf<typeof endpoints.suggestionRules>["items"][number];

export interface RuleRow extends RuleFigures {
  /** Accepted and not rejected since. */
  kept: number;
  /** Every decision on its suggestions: accepted or dismissed. */
  decided: number;
  /** Kept out of decided, 0–1; null before any decision. */
  keptShare: number | null;
}

/** What became of each rule's suggestions in the workspace. */
export function ruleFiguresQuery() {
  return queryOptions({
    queryKey: queryKeys.suggestionRules,
    queryFn: ({ signal }) => apiFetch(endpoints.suggestionRules, { signal }),
    staleTime: 60_000,
  });
}

/**
 * Each rule with what a team reads off it: how many suggestions it made that were kept (accepted and not rejected in
 * review), and that share of those decided on. Most decided first, so the rules that matter lead.
 */
export function ruleRows(items: readonly RuleFigures[]): RuleRow[] {
  return items
    .map((f) => {
      const kept = Math.max(0, f.accepted - f.rejected);
      const decided = f.accepted + f.dismissed;
      return { ...f, kept, decided, keptShare: decided === 0 ? null : kept / decided };
    })
    .sort((a, b) => b.decided - a.decided || a.rule.localeCompare(b.rule));
}
