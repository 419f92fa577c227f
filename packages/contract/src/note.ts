import { z } from "zod";

/** The note editor's marks and nodes; anything else is refused rather than stored and later rendered. */
const MARK_TYPES = ["bold", "italic", "link", "code", "strike"] as const;
const NODE_TYPES = ["doc", "paragraph", "text", "bulletList", "orderedList", "listItem", "hardBreak", "blockquote"] as const;
export const MAX_NOTE_CHARS = 20_000;

const SafeHref = z
  .string()
  .max(2000)
  .regex(/^(https?:|mailto:)/i, "links must be http(s) or mailto");
export const TiptapMark = z.strictObject({
  type: z.enum(MARK_TYPES),
  attrs: z.looseObject({ href: SafeHref.optional() }).optional(),
});

export interface TiptapNode {
  type: (typeof NODE_TYPES)[number];
  text?: string | undefined;
  attrs?: Record<string, unknown> | undefined;
  marks?: z.infer<typeof TiptapMark>[] | undefined;
  content?: TiptapNode[] | undefined;
}
export const TiptapNode: z.ZodType<TiptapNode> = z.lazy(() =>
  z.strictObject({
    type: z.enum(NODE_TYPES),
    text: z.string().max(MAX_NOTE_CHARS).optional(),
    attrs: z.record(z.string(), z.unknown()).optional(),
    marks: z.array(TiptapMark).max(10).optional(),
    content: z.array(TiptapNode).max(2000).optional(),
  }),
);
export const TiptapDoc = z.lazy(() => TiptapNode).refine((n) => n.type === "doc", "a note document's root is of type doc");

/** A note is plain text or a Tiptap document; the server stores both the document and its plain text. */
export const NoteInput = z.union([z.string().max(MAX_NOTE_CHARS), TiptapDoc]).nullable();
