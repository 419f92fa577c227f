import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { cachedAnnotations } from "./annotation-query.ts";

/** Topics already used on this statement's positions, most used first: read once when the form opens. */
export function useTopicSuggestions(slug: string): string[] {
  const queryClient = useQueryClient();
  const [topics] = useState(() => {
    const counts = new Map<string, number>();
    for (const a of cachedAnnotations(queryClient, slug) ?? []) {
      if (a.kind !== "position") continue;
      for (const t of a.attributes.topics ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    return [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([t]) => t);
  });
  return topics;
}
