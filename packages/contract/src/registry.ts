import { z } from "zod";
import type { RegistryKind } from "@verbatim/core";

/** The kinds of identity a statement is spoken by or on behalf of (core's RegistryKind). */
export const DelegationKind = z.enum(["member-state", "observer-state", "group", "organization"] satisfies RegistryKind[]);

/** A registry key: ISO alpha-3 for a State, an upper-case slug for the rest (`G77`, `AFRICAN-GROUP`). */
export const DelegationKey = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/, "letters, digits and hyphens, at most 40")
  .transform((key) => key.toUpperCase());

const Name = z.string().trim().min(1).max(120);
const Aliases = z.array(Name).max(50);

/** One entry of the workspace's registry: built in (the UN's Member States, observer States and groups) or added. */
export const DelegationEntry = z.object({
  key: z.string(),
  /** The name statements are normalised to. */
  name: z.string(),
  kind: DelegationKind,
  iso2: z.string().nullable(),
  iso3: z.string().nullable(),
  /** Every other spelling that resolves to it, the workspace's added aliases included. */
  aliases: z.array(z.string()),
  /** Keys of its member States, where known. */
  members: z.array(z.string()),
  /** False for an entry the workspace added (aliases added to a built-in entry leave it built in). */
  builtIn: z.boolean(),
});
export type DelegationEntry = z.infer<typeof DelegationEntry>;

export const DelegationRegistry = z.object({ items: z.array(DelegationEntry), can: z.object({ add: z.boolean() }) });
export type DelegationRegistry = z.infer<typeof DelegationRegistry>;

const Iso2 = z
  .string()
  .regex(/^[A-Za-z]{2}$/, "two letters")
  .transform((c) => c.toUpperCase());
const Iso3 = z
  .string()
  .regex(/^[A-Za-z]{3}$/, "three letters")
  .transform((c) => c.toUpperCase());

const ENTRY_FIELDS = ["key", "name", "kind", "iso2", "iso3", "members"] as const;

/**
 * A new entry of the workspace's own (`name` and `kind`, the key defaulting to the name as an upper-case slug), or,
 * with `extends`, more aliases for an entry the registry has already (a local spelling of "China"). One object
 * rather than a union, so an unknown field is named as such.
 */
export const AddDelegationEntryRequest = z
  .strictObject({
    /** The key of the entry the aliases are for; then only `aliases` may be sent beside it. */
    extends: DelegationKey.optional(),
    key: DelegationKey.optional(),
    name: Name.optional(),
    kind: DelegationKind.optional(),
    iso2: Iso2.optional(),
    iso3: Iso3.optional(),
    aliases: Aliases.optional(),
    /** Keys of entries in the registry (States). */
    members: z.array(DelegationKey).max(250).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.extends !== undefined) {
      for (const field of ENTRY_FIELDS)
        if (body[field] !== undefined) ctx.addIssue({ code: "custom", path: [field], message: "with extends, only aliases are added" });
      if (!body.aliases?.length) ctx.addIssue({ code: "custom", path: ["aliases"], message: "the aliases to add to the entry" });
      return;
    }
    if (body.name === undefined) ctx.addIssue({ code: "custom", path: ["name"], message: "the entry's name (or extends)" });
    if (body.kind === undefined) ctx.addIssue({ code: "custom", path: ["kind"], message: "the entry's kind (or extends)" });
  });
export type AddDelegationEntryRequest = z.infer<typeof AddDelegationEntryRequest>;

const FieldChange = z.object({ from: z.string(), to: z.string() });

/**
 * The live statements whose delegation or group the registry names otherwise (stored before the registry, or before
 * an entry or alias was added): each with what normalising would change.
 */
export const StatementsToNormalise = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      slug: z.string(),
      title: z.string(),
      delegation: FieldChange.nullable(),
      onBehalfOf: FieldChange.nullable(),
    }),
  ),
});
export type StatementsToNormalise = z.infer<typeof StatementsToNormalise>;

/** How many statements now carry the registry's names; those edited meanwhile are left for another pass. */
export const NormalisedStatements = z.object({ changed: z.number().int(), skipped: z.number().int() });
export type NormalisedStatements = z.infer<typeof NormalisedStatements>;
