import { z } from "zod";
import { CODE_STATUSES, CODE_TYPES } from "@verbatim/core";
import { Uuid } from "./common.ts";
import { ExportFilters } from "./exports.ts";

export const CodeType = z.enum(CODE_TYPES);
export const CodeStatus = z.enum(CODE_STATUSES);

const Name = z.string().trim().min(1).max(60);
const LongText = z.string().trim().max(4000);
const Colour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, "a colour as #rrggbb")
  .transform((c) => c.toLowerCase());

/** When to use a code, and when not to (the codebook's coding rules). */
export const CodeGuidance = z.object({ use: z.string().nullable(), avoid: z.string().nullable() });

/** One code of the workspace's codebook, with how many live annotations use it. */
export const Code = z.object({
  id: Uuid,
  type: CodeType,
  name: z.string(),
  parentId: Uuid.nullable(),
  definition: z.string().nullable(),
  guidance: CodeGuidance,
  colour: z.string().nullable(),
  status: CodeStatus,
  version: z.number().int(),
  /** Live annotations that carry it. */
  uses: z.number().int(),
  createdBy: z.object({ id: Uuid, name: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /**
   * With `q`: how the code matches it. same: the same name but for case, spaces, hyphens and punctuation (the
   * codebook's one-code-per-name rule, so a new code by that name would be this one); prefix: its name starts
   * with it; similar: a close spelling or a word in common. Null without `q`.
   */
  match: z.enum(["same", "prefix", "similar"]).nullable(),
});
export type Code = z.infer<typeof Code>;

export const CodebookQuery = z.strictObject({
  type: CodeType.optional(),
  /** Deprecated codes are listed too unless a status is asked for. */
  status: CodeStatus.optional(),
  /**
   * What someone is typing: only codes that match it come back, best first (`match` says how), so a field can offer
   * the existing code for a near-duplicate ("Cybercrime" finds "cybercrime"; "cyber crime" too).
   */
  q: z.string().trim().min(1).max(60).optional(),
});

/** What the caller may do with the codebook, as the API's policy decides. */
export const CodebookAbilities = z.object({ create: z.boolean(), govern: z.boolean() });

export const CodeList = z.object({ items: z.array(Code), can: CodebookAbilities });

export const CreateCodeRequest = z.strictObject({
  type: CodeType,
  name: Name,
  parentId: Uuid.nullable().optional(),
  definition: LongText.nullable().optional(),
  guidance: z.strictObject({ use: LongText.nullable().optional(), avoid: LongText.nullable().optional() }).optional(),
  colour: Colour.nullable().optional(),
});

/** Changes to a code; `version` is the one the client saw (409 version_conflict when it has moved on). */
export const UpdateCodeRequest = z.strictObject({
  version: z.number().int().min(1),
  name: Name.optional(),
  parentId: Uuid.nullable().optional(),
  definition: LongText.nullable().optional(),
  guidance: z.strictObject({ use: LongText.nullable().optional(), avoid: LongText.nullable().optional() }).optional(),
  colour: Colour.nullable().optional(),
  status: CodeStatus.optional(),
});

export const MergeCodeRequest = z.strictObject({
  /** The code that takes over this one's annotations; this one is removed. */
  into: Uuid,
});

/**
 * A governing change's answer: what changed and how to take it back. `annotations` counts the annotations whose
 * codes changed; `undo` is a token for POST /api/codebook/undo/:token (once, by a reviewer or admin).
 */
export const CodebookChange = z.object({
  code: Code.nullable(),
  annotations: z.number().int(),
  undo: Uuid,
});
export type CodebookChange = z.infer<typeof CodebookChange>;

export const UndoParams = z.strictObject({ token: Uuid });

export const UndoResult = z.object({
  /** The action taken back (renamed, edited, merged, …). */
  undone: z.string(),
  annotations: z.number().int(),
});

/**
 * The annotations a bulk change applies to: the export's filters (the same names and values as the export and its
 * preview take, so a filtered list can be acted on as it is shown), and optionally an explicit list of annotations.
 */
export const BulkFilter = ExportFilters.extend({ annotations: z.array(Uuid).min(1).max(100_000).optional() });
export type BulkFilter = z.infer<typeof BulkFilter>;

/**
 * Adds and removes codes on every annotation the filter selects (live ones). A topic goes on positions only (the
 * other kinds carry no topics); `skipped` counts the annotations a topic to add could not go on.
 */
export const BulkCodesRequest = z
  .strictObject({
    filter: BulkFilter,
    add: z.array(Uuid).max(20).default([]),
    remove: z.array(Uuid).max(20).default([]),
  })
  .refine((r) => r.add.length + r.remove.length > 0, { message: "name a code to add or to remove", path: ["add"] });

export const BulkCodesResult = CodebookChange.extend({ skipped: z.number().int() });

/** Moves the chosen annotations from this code to another: an existing code (`id`) or a new one (`name`). */
export const SplitCodeRequest = z.strictObject({
  annotations: z.array(Uuid).min(1).max(100_000),
  into: z.union([z.strictObject({ id: Uuid }), z.strictObject({ name: Name, definition: LongText.nullable().optional() })]),
});

/**
 * Agreement on each code across the corpus: over paragraph × code units of every statement two or more people
 * tagged, each unit coded by that statement's taggers (core's corpusCodeAgreement). Krippendorff's α and Gwet's AC1,
 * null where undefined; codes no two people coded on one statement are absent.
 */
export const CodebookAgreement = z.object({
  items: z.array(
    z.object({
      codeId: Uuid,
      alpha: z.number().nullable(),
      ac1: z.number().nullable(),
      units: z.number().int(),
      taggedByAny: z.number().int(),
      statements: z.number().int(),
      annotators: z.number().int(),
    }),
  ),
});
