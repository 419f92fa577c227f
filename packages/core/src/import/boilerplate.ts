import { normaliseText } from "./normalise-text.ts";
import type { DropReason } from "./types.ts";

export type BoilerplateReason = Extract<DropReason, "navigation" | "footer" | "share">;

const MENU_WORDS = new Set(
  (
    "home about contact news events activities meetings statements speeches documents media press releases search menu " +
    "login sitemap resources publications photos videos multimedia gallery links english français español русский العربية 中文"
  ).split(" "),
);

const SHARE =
  /^(?:suggest to a friend|print(?: this page)?|share(?: this(?: page| article)?)?(?: on \w+)?|e-?mail(?: this page)?|tweet|facebook|twitter|linkedin|whatsapp|send to a friend|download(?: as)? pdf|imprimer(?: cette page)?|partager|envoyer à un ami|imprimir|compartir|enviar a un amigo)$/iu;
const FOOTER =
  /^(?:back to top|top|to top|follow us\b.*|copyright\b.*|©.*|all rights reserved\.?|privacy(?: policy| notice)?|terms of (?:use|service)|contact us|site ?map|disclaimer)$/iu;
const SKIP_LINK = /^skip to (?:main )?(?:content|navigation|main)$/iu;

/** "Home > China & UN > Highlights": short segments joined by > » › */
function isBreadcrumb(flat: string): boolean {
  const segments = flat.split(/\s*[>»›]\s*/u);
  if (segments.length < 2 || segments.some((s) => s === "" || s.split(" ").length > 7)) return false;
  return (segments.length >= 3 || /^home$/iu.test(segments[0] ?? "")) && !/[.!?,;]$/u.test(flat);
}

/** A line of menu words: every Latin word capitalised, no punctuation, many known menu entries. */
function isMenu(flat: string): boolean {
  if (/[.!?,;:]/u.test(flat) || flat.length > 160) return false;
  const words = flat.split(/[\s|/·•]+/u).filter((w) => w !== "" && w !== "&");
  if (!words.every((w) => !/^\p{Ll}/u.test(w) || MENU_WORDS.has(w.toLowerCase()))) return false;
  const menu = words.filter((w) => MENU_WORDS.has(w.toLowerCase())).length;
  if (words.length === 1) return menu === 1;
  return menu >= 2 && (menu / words.length >= 0.4 || /^home\b/iu.test(flat));
}

/** Why a line at the top or bottom of a page is not speech, or null when it may be. */
export function classifyBoilerplate(text: string): BoilerplateReason | null {
  const flat = normaliseText(text);
  if (flat === "") return null;
  if (SHARE.test(flat) || flat.split(/\s*[|·•]\s*/u).every((part) => SHARE.test(part))) return "share";
  if (FOOTER.test(flat)) return "footer";
  if (SKIP_LINK.test(flat) || isBreadcrumb(flat) || isMenu(flat)) return "navigation";
  return null;
}

export interface EdgeSplit<T> {
  kept: T[];
  top: { item: T; reason: BoilerplateReason }[];
  bottom: { item: T; reason: BoilerplateReason }[];
}

/**
 * Drops boilerplate only from the top and the bottom, stopping at the first line
 * that could be speech on each side: the middle of a text is never touched.
 * Blank items are passed over and kept.
 */
export function stripEdges<T>(items: readonly T[], textOf: (item: T) => string): EdgeSplit<T> {
  const scan = (indexes: number[]): Map<number, BoilerplateReason> => {
    const found = new Map<number, BoilerplateReason>();
    for (const i of indexes) {
      const text = textOf(items[i] as T);
      if (normaliseText(text) === "") continue;
      const reason = classifyBoilerplate(text);
      if (reason === null) break;
      found.set(i, reason);
    }
    return found;
  };
  const all = items.map((_, i) => i);
  const top = scan(all);
  const bottom = scan([...all].reverse().filter((i) => !top.has(i)));
  const list = (found: Map<number, BoilerplateReason>) =>
    [...found].sort((a, b) => a[0] - b[0]).map(([i, reason]) => ({ item: items[i] as T, reason }));
  return { kept: items.filter((_, i) => !top.has(i) && !bottom.has(i)), top: list(top), bottom: list(bottom) };
}
