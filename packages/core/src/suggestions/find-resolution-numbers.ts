import { canonicalUnSymbol } from "./canonical-symbol.ts";
import { guessRelation } from "./reference-relation.ts";
import type { Finding, StatementContext } from "./suggestion.ts";

const ORGAN = "General Assembly|Security Council|Human Rights Council|Economic and Social Council|ECOSOC|Council|Assembly";
/** One resolution number: session/number (74/247, S-32/1, ES-11/1), year/number (2023/5), or number with year or session. */
const NUMBER = String.raw`(?:(?:ES-|S-)?\d{1,4}/\d{1,4}[A-Z]?|\d{1,4}(?:\s?\((?:\d{4}|[IVXLC]{1,8})\))?)(?![\d/]|\.\d)`;
/**
 * "resolution 74/247", "General Assembly resolution 70/1", "Security Council resolution 2482 (2019)", and lists
 * ("resolutions 74/247 and 75/282"), at most ten numbers. Every part is bounded and the separators are literal, so
 * the scan is linear. A number followed by another slash or digit group (a date, 12/05/2023) is not one.
 */
const RESOLUTION = new RegExp(
  String.raw`(?<![\p{L}-])(?:(${ORGAN})(?:'s)?\s)?([Rr]esolutions?)\s(${NUMBER}(?:(?:,\s|\s(?:and|or)\s|,\sand\s)${NUMBER}){0,9})`,
  "gu",
);
const ITEM = new RegExp(NUMBER, "gu");
/**
 * A body named right before "resolution" whose resolutions are not numbered like the Assembly's or the Council's:
 * the capitalised words just before it hold one of these ("Commission on Narcotic Drugs resolution 66/1").
 */
const NAMED_BEFORE = /(?:(?:\p{Lu}[\p{L}-]*|of|on|and|the|for|to)\s){1,8}$/u;
const OTHER_BODY =
  /\b(?:Commission|CND|CCPCJ|Conference|WHA|Board|Committee|Organization|Forum|Summit|Parliament|Congress|Union|Assembly of)\b/u;

type Organ = "assembly" | "council" | "hrc" | "ecosoc" | null;

function organOf(named: string | undefined): Organ {
  if (named === undefined) return null;
  if (named === "Human Rights Council") return "hrc";
  if (named === "Economic and Social Council" || named === "ECOSOC") return "ecosoc";
  if (named === "Security Council" || named === "Council") return "council";
  return "assembly";
}

/** The symbol one number stands for, and whether only the context (not the words) made it the Council's. */
function symbolFor(item: string, organ: Organ, councilContext: boolean): { symbol: string; byContext: boolean } | null {
  const session = /^((?:ES-|S-)?\d{1,3})\/(\d{1,4}[A-Z]?)$/u.exec(item);
  if (session) {
    if (organ === "council" || organ === "ecosoc") return null;
    const series = organ === "hrc" ? "A/HRC/RES" : "A/RES";
    return { symbol: `${series}/${session[1]}/${session[2]}`, byContext: false };
  }
  const yearly = /^(\d{4})\/(\d{1,3})$/u.exec(item);
  if (yearly) return organ === null || organ === "ecosoc" ? { symbol: `E/RES/${yearly[1]}/${yearly[2]}`, byContext: false } : null;
  const numbered = /^(\d{1,4})(?:\s?\((\d{4}|[IVXLC]+)\))?$/u.exec(item);
  if (!numbered) return null;
  const [, number, suffix] = numbered;
  if (suffix !== undefined && /^[IVXLC]+$/u.test(suffix)) {
    return organ === "council" ? null : { symbol: `A/RES/${number} (${suffix})`, byContext: false };
  }
  if (organ !== null && organ !== "council") return null;
  // The Council numbers its resolutions on from 1946; a bare number is its own only where the context says so.
  if (suffix === undefined && organ === null && !councilContext) return null;
  if (number!.length < 2) return null;
  const symbol = suffix === undefined ? `S/RES/${number}` : `S/RES/${number} (${suffix})`;
  return { symbol, byContext: organ === null && suffix === undefined };
}

/** Resolutions cited by number, with the organ named, implied by a year or session, or given by the context. */
export function findResolutionNumbers(text: string, context: StatementContext, targetFor: (symbol: string) => string): Finding[] {
  const found: Finding[] = [];
  const councilContext = context.councilForum || /\bSecurity Council\b|\bthis Council\b|\bthe Council\b/u.test(text);
  for (const match of text.matchAll(RESOLUTION)) {
    const [whole, named, word, list] = match;
    const before = NAMED_BEFORE.exec(text.slice(Math.max(0, match.index - 80), match.index))?.[0] ?? "";
    if (named === undefined && OTHER_BODY.test(before)) continue;
    const organ = organOf(named);
    const listStart = match.index + whole.length - list!.length;
    let first = true;
    for (const item of list!.matchAll(ITEM)) {
      const resolved = symbolFor(item[0], organ, councilContext);
      const itemStart = listStart + item.index;
      const start = first ? match.index : itemStart;
      first = false;
      const symbol = resolved === null ? null : canonicalUnSymbol(resolved.symbol);
      if (resolved === null || symbol === null) continue;
      const target = targetFor(symbol);
      const words = text.slice(start, itemStart + item[0].length);
      const how = resolved.byContext ? " (a Council resolution, from the statement's context)" : "";
      found.push({
        kind: "cross-reference",
        attributes: { target, relation: guessRelation(text, start) },
        start,
        end: itemStart + item[0].length,
        confidence: resolved.byContext ? 0.8 : 0.9,
        rule: "resolution-number",
        why: `"${words}" cites ${word!.toLowerCase()} ${item[0]}${how}: ${target === symbol ? symbol : `${symbol}, ${target} in the registry`}.`,
      });
    }
  }
  return found;
}
