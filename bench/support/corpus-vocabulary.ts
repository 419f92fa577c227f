import { DEFAULT_DELEGATION_REGISTRY } from "../../packages/core/src/registry/index.ts";
import type { Random } from "./export-vocabulary.ts";

/** What the corpus benchmark's statements and annotations are made of, beside their text (corpus-text.ts). */

/** Delegations from the registry: States speak in their own name, groups and organizations for their members. */
export const STATES = DEFAULT_DELEGATION_REGISTRY.filter((e) => e.kind === "member-state" || e.kind === "observer-state").map(
  (e) => e.name,
);
export const GROUPS = DEFAULT_DELEGATION_REGISTRY.filter((e) => e.kind === "group" || e.kind === "organization").map((e) => e.name);

export const FORUMS = [
  "Security Council",
  "General Assembly",
  "Third Committee",
  "Sixth Committee",
  "Human Rights Council",
  "Commission on Crime Prevention and Criminal Justice",
  "Commission on Narcotic Drugs",
  "Conference of the Parties to UNTOC",
  "Economic and Social Council",
];

/** Statements' dates: FIRST_YEAR to FIRST_YEAR + YEARS - 1. */
export const FIRST_YEAR = 2019;
export const YEARS = 7;

/** Mostly English; the same words in other languages' statements are indexed by those languages' stemmers. */
export function language(random: Random): string {
  const x = random.next();
  return x < 0.86 ? "en" : x < 0.9 ? "en-GB" : x < 0.94 ? "fr" : x < 0.97 ? "es" : "ru";
}

export const TOPICS = [
  "firearms",
  "trafficking in persons",
  "cybercrime",
  "corruption",
  "money laundering",
  "drugs",
  "migrant smuggling",
  "counter-terrorism",
  "children and armed conflict",
  "women, peace and security",
  "climate and security",
  "sanctions",
  "peacekeeping",
  "rule of law",
  "sustainable development",
];
export const LABELS = ["toc", "priority", "follow-up", "capacity-building", "gender", "new-language", "ministerial", "regional"];
export const STANCES = ["supports", "opposes", "welcomes", "concerned", "condemns", "urges", "reaffirms", "notes"];
export const STRENGTHS = ["binding", "pledge", "aspiration"];
export const ACTIONS = ["host a regional workshop", "ratify the Protocol", "fund technical assistance", "publish its country review"];
export const RELATIONS = ["cites", "reaffirms", "implements", "responds-to", "quotes"];
export const STATUSES = ["proposed", "accepted", "accepted", "accepted", "rejected", "disputed"];
export const NOTES = [
  "First time this delegation uses agreed language from the Kyoto Declaration.",
  "Compare with last year's statement, which was silent on this point.",
  "Signals flexibility ahead of the negotiations on the resolution.",
  "Echoes the Group's joint statement; worth quoting in the brief.",
];
export const ANALYSTS = ["Ana Analyst", "Ben Analyst", "Chen Analyst", "Dara Analyst"];
