import { AddDelegationEntryRequest } from "@verbatim/contract";
import type { BodyOf } from "../api/api-fetch.ts";
import type { endpoints } from "@verbatim/contract";
import { fieldErrors, type FieldErrors } from "../lib/field-errors.ts";
import { type DelegationKind, hasMembers } from "./registry-kinds.ts";

export type AddDelegationBody = BodyOf<typeof endpoints.addDelegation>;

export const ENTRY_MESSAGES = {
  name: "Give the entry's name (at most 120 characters).",
  kind: "Choose a kind.",
  key: "Letters, digits and hyphens only, at most 40, or leave it empty.",
  iso2: "Two letters (ISO 3166 alpha-2), or leave it empty.",
  iso3: "Three letters (ISO 3166 alpha-3), or leave it empty.",
  aliases: "At most 50 aliases, one a line, each at most 120 characters.",
  members: "At most 250 members.",
};
export type EntryField = keyof typeof ENTRY_MESSAGES;
export const ENTRY_FIELDS = Object.keys(ENTRY_MESSAGES) as EntryField[];

export interface EntryValues {
  name: string;
  kind: DelegationKind;
  key: string;
  iso2: string;
  iso3: string;
  /** One alias a line. */
  aliases: string;
  /** Keys of the member States chosen. */
  members: readonly string[];
}

/** More lines than an entry may have aliases: the rest are not read (the count is refused anyway). */
const MAX_ALIAS_LINES = 100;

/** The aliases typed one a line, trimmed, without empty lines or repeats. */
export function parseAliases(text: string): string[] {
  const seen = new Set<string>();
  const aliases: string[] = [];
  for (const line of text.split("\n", MAX_ALIAS_LINES)) {
    const alias = line.trim();
    if (alias === "" || seen.has(alias.toLowerCase())) continue;
    seen.add(alias.toLowerCase());
    aliases.push(alias);
  }
  return aliases;
}

/** The add-entry form as the API's body, checked against the contract, or the fields to fix. */
export function entryBody(values: EntryValues): { ok: true; body: AddDelegationBody } | { ok: false; errors: FieldErrors<EntryField> } {
  const aliases = parseAliases(values.aliases);
  const optional = (text: string) => (text.trim() === "" ? undefined : text.trim());
  const body: AddDelegationBody = {
    name: values.name.trim(),
    kind: values.kind,
    key: optional(values.key),
    iso2: optional(values.iso2),
    iso3: optional(values.iso3),
    aliases: aliases.length > 0 ? aliases : undefined,
    members: hasMembers(values.kind) && values.members.length > 0 ? [...values.members] : undefined,
  };
  // JSON leaves undefined out anyway; dropping them keeps the body as the API will read it.
  const sent = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as AddDelegationBody;
  const checked = AddDelegationEntryRequest.safeParse(sent);
  if (!checked.success) return { ok: false, errors: fieldErrors(checked.error.issues, ENTRY_MESSAGES) };
  return { ok: true, body: sent };
}
