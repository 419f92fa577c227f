export interface ActivityParams {
  /** A member's ID, or "" for everyone. */
  member: string;
  /** A statement's slug, or "" for every statement. */
  statement: string;
}

export const readActivityParams = (params: URLSearchParams): ActivityParams => ({
  member: params.get("member") ?? "",
  statement: params.get("statement") ?? "",
});

export function writeActivityParams(params: URLSearchParams, next: Partial<ActivityParams>): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const [key, value] of Object.entries(next)) {
    if (value) out.set(key, value);
    else out.delete(key);
  }
  return out;
}
