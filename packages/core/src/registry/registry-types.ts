/**
 * An identity a statement can be spoken by or on behalf of: a UN Member State, an observer State, a group
 * that speaks for its members (G77, the regional groups, AOSIS…) or an organization with its own seat
 * (European Union, African Union…). `key` is stable (ISO alpha-3 for States, a slug for the rest) so
 * stored statements and admin-added entries can refer to it while names change ("Turkey" → "Türkiye").
 */
export type RegistryKind = "member-state" | "observer-state" | "group" | "organization";

export interface RegistryEntry {
  key: string;
  /** The short name the UN uses in its records and lists. */
  name: string;
  kind: RegistryKind;
  iso2?: string;
  iso3?: string;
  /** Other names analysts and records use; none may be shared with another entry. */
  aliases: readonly string[];
  /** Keys of member States, where membership is certain; absent where it is not. */
  members?: readonly string[];
}

export interface RegistryMatch {
  entry: RegistryEntry;
  /** What matched: the name, an alias, or the entry's ISO alpha-3 code. */
  via: "name" | "alias" | "iso3";
}
