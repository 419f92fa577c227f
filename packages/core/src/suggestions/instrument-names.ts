import { nameTokens } from "./name-tokens.ts";
import type { InstrumentEntry } from "./suggestion.ts";

/** One way of writing an instrument's name, as folded words; `via` says which for the analyst. */
export interface NameForm {
  words: string[];
  key: string;
  via: "name" | "short name" | "abbreviation" | "key";
}

/** Head nouns that alone name nothing: "Charter" needs its "the", "Convention" needs more words. */
const GENERIC = new Set(["charter", "convention", "protocol", "declaration", "agenda", "resolution"]);

const words = (text: string) => nameTokens(text).map((t) => t.word);
/** "the" is dropped inside names: "Protocol against the Smuggling of Migrants" is also written without it. */
const withoutThe = (list: string[]) => list.filter((w) => w !== "the");

/** The forms of a full name: as given, without brackets, without a trailing year, its parts around a colon, without "UN". */
function nameVariants(name: string): string[][] {
  const bare = name.replace(/\([^)]*\)/gu, " ");
  const texts = [bare, ...bare.split(":")];
  const variants: string[][] = [];
  for (const text of texts) {
    const list = withoutThe(words(text));
    variants.push(list);
    const year = /^(?:1[89]|20)\d\d$/u;
    const last = list[list.length - 1];
    if (last !== undefined && year.test(last)) {
      const head = list.slice(0, -1);
      variants.push(head);
      // "1961 Single Convention": the year, then the name up to its head noun.
      const noun = head.findIndex((w) => GENERIC.has(w));
      if (noun > 0) variants.push([last, ...head.slice(0, noun + 1)]);
    }
  }
  return variants.flatMap((list) => (list[0] === "un" && list.length > 2 ? [list, list.slice(1)] : [list]));
}

/** The forms of a short name: "the Charter" keeps its "the"; "SDGs" is also "SDG". */
function shortVariants(short: string): { words: string[]; abbreviation: boolean }[] {
  const all = words(short);
  const list = withoutThe(all);
  if (list.length === 1 && GENERIC.has(list[0]!)) return all[0] === "the" ? [{ words: ["the", list[0]!], abbreviation: false }] : [];
  const abbreviation = /^[A-Z]{2,}s?$/u.test(short.trim());
  const forms = [{ words: list, abbreviation }];
  if (abbreviation && short.trim().endsWith("s")) forms.push({ words: [list[0]!.slice(0, -1)], abbreviation });
  return forms.flatMap((form) =>
    form.words[0] === "un" && form.words.length > 2 ? [form, { words: form.words.slice(1), abbreviation: form.abbreviation }] : [form],
  );
}

/**
 * Every form under which the registry's instruments are written. A key that is itself a UN symbol (A/RES/74/247)
 * is left to the symbol rules; other keys (UNTOC, AGENDA-2030) are forms too ("Agenda 2030").
 */
export function instrumentNameForms(instruments: readonly InstrumentEntry[]): NameForm[] {
  const forms: NameForm[] = [];
  const add = (list: string[], key: string, via: NameForm["via"]) => {
    if (list.length === 0 || (list.length === 1 && GENERIC.has(list[0]!))) return;
    if (list.length === 1 && list[0]!.length < 3) return;
    forms.push({ words: list, key, via });
  };
  for (const instrument of instruments) {
    for (const list of nameVariants(instrument.name)) add(list, instrument.key, "name");
    for (const short of instrument.shortNames) {
      for (const form of shortVariants(short)) add(form.words, instrument.key, form.abbreviation ? "abbreviation" : "short name");
    }
    if (!instrument.key.includes("/")) add(withoutThe(words(instrument.key)), instrument.key, "key");
  }
  return forms;
}
