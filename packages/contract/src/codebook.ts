import { z } from "zod";
import { CODE_STATUSES, CODE_TYPES } from "@verbatim/core";
import { Uuid } from "./common.ts";

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
});
export type Code = z.infer<typeof Code>;

export const CodebookQuery = z.strictObject({
  type: CodeType.optional(),
  /** Deprecated codes are listed too unless a status is asked for. */
  status: CodeStatus.optional(),
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
