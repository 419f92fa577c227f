import { AppError } from "./app-error.ts";

/** PostgreSQL stores neither U+0000 nor a lone UTF-16 surrogate, in text or in jsonb. */
const unstorable = (s: string): boolean => s.includes("\u0000") || /\p{Cs}/u.test(s);

interface Visit {
  value: unknown;
  key: string | number | null;
  parent: Visit | null;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * The path to the first unstorable string (a key or a value), or null. Iterative, and a path is built only for the
 * string found: a body's depth and size cost one visit per value, never a copy per level.
 */
function findUnstorable(root: unknown): (string | number)[] | null {
  const stack: Visit[] = [{ value: root, key: null, parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (typeof value === "string") {
      if (unstorable(value)) return pathOf(visit);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, parent: visit });
    } else if (value !== null && typeof value === "object") {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i]!;
        if (unstorable(key)) return pathOf({ value: key, key, parent: visit });
        stack.push({ value: item, key, parent: visit });
      }
    }
  }
  return null;
}

/** Refuses request text the database cannot hold, as a validation error rather than a failed query later. */
export function assertStorableText(value: unknown): void {
  const path = findUnstorable(value);
  if (!path) return;
  throw new AppError("validation_failed", "the request does not match the schema", {
    issues: [{ path: path.join("."), code: "invalid_format", message: "text must not hold U+0000 or an unpaired surrogate" }],
  });
}
