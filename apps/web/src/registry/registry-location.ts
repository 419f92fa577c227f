import { type DelegationKind, isKind } from "./registry-kinds.ts";

/** What `/registry` shows: the filter, the kind, and the open entry (`#CHN` or `?entry=CHN`). */
export interface RegistryLocation {
  q: string;
  kind: DelegationKind | null;
  entry: string | null;
}

const KEY = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;

const entryKey = (text: string | null): string | null => {
  if (!text) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    return null;
  }
  return KEY.test(decoded) ? decoded.toUpperCase() : null;
};

/** Reads the page's state from its URL; an unknown kind or a malformed key is ignored. */
export function readRegistryLocation(search: URLSearchParams, hash: string): RegistryLocation {
  const kind = search.get("kind");
  return {
    q: search.get("q") ?? "",
    kind: isKind(kind) ? kind : null,
    entry: entryKey(hash.replace(/^#/, "")) ?? entryKey(search.get("entry")),
  };
}

/** The URL of a registry state: the entry as the hash, so a link to it reads `/registry#CHN`. */
export function registryHref({ q, kind, entry }: RegistryLocation): string {
  const search = new URLSearchParams();
  if (q) search.set("q", q);
  if (kind) search.set("kind", kind);
  const qs = search.toString();
  return `/registry${qs ? `?${qs}` : ""}${entry ? `#${entry}` : ""}`;
}
