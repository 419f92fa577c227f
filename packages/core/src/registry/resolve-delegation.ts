import { delegationIndex, type DelegationIndex } from "./delegation-index.ts";
import { delegationWords, MAX_DELEGATION_CHARS, wordsKey } from "./delegation-key.ts";
import type { RegistryEntry, RegistryMatch } from "./registry-types.ts";
import { BLOCKED_KEYS, stripDelegationWords, withoutFormalPrefix } from "./strip-delegation.ts";

const MAX_BRACKET_CHARS = 40;

const indexes = new WeakMap<readonly RegistryEntry[], DelegationIndex>();

function cachedIndex(registry: readonly RegistryEntry[]): DelegationIndex {
  let index = indexes.get(registry);
  if (index === undefined) {
    index = delegationIndex(registry);
    indexes.set(registry, index);
  }
  return index;
}

/**
 * The registry entry a free-text delegation or "on behalf of" value names, or null when it names none
 * or more than one. Tries, in order: the text as written; without lead-ins and suffixes ("on behalf of
 * the …", "Permanent Mission of … to the United Nations", "… and its member States"); without a State's
 * formal prefix ("Republic of Guinea"); without a trailing bracket, only when the bracket names the same
 * entry ("European Union (EU)", but not "Congo (DRC)"). The index is built once per registry array.
 */
export function resolveDelegation(registry: readonly RegistryEntry[], text: string): RegistryMatch | null {
  return resolveDelegationIn(cachedIndex(registry), text);
}

export function resolveDelegationIn(index: DelegationIndex, text: string): RegistryMatch | null {
  if (text.length > MAX_DELEGATION_CHARS) return null;
  const found = resolveWords(index, text);
  if (found !== undefined) return found;
  const bracket = trailingBracket(text);
  if (bracket === null) return null;
  const outside = resolveWords(index, bracket.outside);
  const inside = resolveWords(index, bracket.inside);
  return outside && inside && outside.entry === inside.entry ? outside : null;
}

/** "Alliance of Small Island States (AOSIS)": a short bracket at the end, read apart. */
function trailingBracket(text: string): { outside: string; inside: string } | null {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(")")) return null;
  const open = trimmed.lastIndexOf("(");
  const inside = trimmed.slice(open + 1, -1);
  if (open < 0 || inside.trim() === "" || inside.length > MAX_BRACKET_CHARS || inside.includes(")")) return null;
  return { outside: trimmed.slice(0, open), inside };
}

/** A match, null for a key two entries share, undefined for no key at all. */
function resolveWords(index: DelegationIndex, text: string): RegistryMatch | null | undefined {
  const words = delegationWords(text);
  if (words === null) return null;
  const whole = index.get(wordsKey(words));
  if (whole !== undefined) return whole;
  const stripped = stripDelegationWords(words);
  const key = wordsKey(stripped);
  const bare = index.get(key);
  if (bare !== undefined) return bare;
  if (BLOCKED_KEYS.has(key)) return null;
  const formal = withoutFormalPrefix(stripped);
  return formal === null ? undefined : index.get(wordsKey(formal));
}

/** The entry's UN name when the text names one, else the text trimmed: unknown delegations stay as typed. */
export function normaliseDelegationName(registry: readonly RegistryEntry[], text: string): string {
  return resolveDelegation(registry, text)?.entry.name ?? text.trim();
}
