import { DelegationKind } from "@verbatim/contract";
import type { DelegationEntry } from "./delegations-query.ts";

export type DelegationKind = DelegationEntry["kind"];

/** The kinds in the order the page lists them. */
export const KINDS: readonly DelegationKind[] = DelegationKind.options;

const LABELS: Record<DelegationKind, { one: string; many: string }> = {
  "member-state": { one: "Member State", many: "Member States" },
  "observer-state": { one: "Observer State", many: "Observer States" },
  group: { one: "Group", many: "Groups" },
  organization: { one: "Organisation", many: "Organisations" },
};

export const kindLabel = (kind: DelegationKind): string => LABELS[kind].one;
export const kindsLabel = (kind: DelegationKind): string => LABELS[kind].many;

export const isKind = (value: string | null): value is DelegationKind => value !== null && (KINDS as readonly string[]).includes(value);

/** States can be members of a group; groups and organisations cannot (the API lists only States as members). */
export const isState = (entry: Pick<DelegationEntry, "kind">): boolean => entry.kind === "member-state" || entry.kind === "observer-state";

/** Groups and organisations have members. */
export const hasMembers = (kind: DelegationKind): boolean => kind === "group" || kind === "organization";
