export interface MentionCandidate {
  id: string;
  name: string;
  email: string;
}

const MAX_SUGGESTIONS = 8;

/** Members whose name (any word) or email starts with the query, names starting with it first; never oneself. */
export function matchMembers(members: readonly MentionCandidate[], query: string, selfId: string): MentionCandidate[] {
  const q = query.trim().toLocaleLowerCase();
  const scored = members
    .filter((m) => m.id !== selfId)
    .map((m) => {
      const name = m.name.toLocaleLowerCase();
      const score = name.startsWith(q)
        ? 0
        : name.split(/\s+/).some((w) => w.startsWith(q))
          ? 1
          : m.email.toLocaleLowerCase().startsWith(q)
            ? 2
            : -1;
      return { m, score };
    })
    .filter((s) => s.score >= 0);
  scored.sort((a, b) => a.score - b.score || a.m.name.localeCompare(b.m.name));
  return scored.slice(0, MAX_SUGGESTIONS).map((s) => s.m);
}
