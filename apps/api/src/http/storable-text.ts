import { AppError } from "./app-error.ts";

/** PostgreSQL stores neither U+0000 nor a lone UTF-16 surrogate, in text or in jsonb. */
const unstorable = (s: string): boolean => s.includes("\u0000") || /\p{Cs}/u.test(s);

function findUnstorable(value: unknown, path: (string | number)[]): (string | number)[] | null {
  if (typeof value === "string") return unstorable(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findUnstorable(item, [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnstorable(key, [...path, key]) ?? findUnstorable(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** Refuses request text the database cannot hold, as a validation error rather than a failed query later. */
export function assertStorableText(value: unknown): void {
  const path = findUnstorable(value, []);
  if (!path) return;
  throw new AppError("validation_failed", "the request does not match the schema", {
    issues: [{ path: path.join("."), code: "invalid_format", message: "text must not hold U+0000 or an unpaired surrogate" }],
  });
}
