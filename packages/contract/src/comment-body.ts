import { z } from "zod";
import { noteToPlainText } from "@verbatim/core";
import { TiptapMark } from "./note.ts";

/** A comment's nodes: the note editor's, plus a mention of a member. Anything else is refused. */
const NODE_TYPES = ["doc", "paragraph", "text", "bulletList", "orderedList", "listItem", "hardBreak", "blockquote"] as const;
export const MAX_COMMENT_CHARS = 10_000;
export const MAX_MENTIONS = 50;

export interface MentionNode {
  type: "mention";
  attrs: { id: string; label?: string | null | undefined; mentionSuggestionChar?: "@" | undefined };
}
export interface CommentNode {
  type: (typeof NODE_TYPES)[number] | "mention";
  text?: string | undefined;
  attrs?: Record<string, unknown> | undefined;
  marks?: z.infer<typeof TiptapMark>[] | undefined;
  content?: CommentNode[] | undefined;
}

const MentionNodeSchema = z.strictObject({
  type: z.literal("mention"),
  attrs: z.strictObject({
    id: z.uuid(),
    label: z.string().max(200).nullable().optional(),
    mentionSuggestionChar: z.literal("@").optional(),
  }),
});

export const CommentNode: z.ZodType<CommentNode> = z.lazy(() =>
  z.union([
    MentionNodeSchema,
    z.strictObject({
      type: z.enum(NODE_TYPES),
      text: z.string().max(MAX_COMMENT_CHARS).optional(),
      attrs: z.record(z.string(), z.unknown()).optional(),
      marks: z.array(TiptapMark).max(10).optional(),
      content: z.array(CommentNode).max(1000).optional(),
    }),
  ]),
);
export type CommentDoc = CommentNode & { type: "doc" };
export const CommentDoc = z
  .lazy(() => CommentNode)
  .refine((n): n is CommentDoc => n.type === "doc", "a comment document's root is of type doc");

/**
 * A comment's plain text: blocks on their own lines, list items prefixed with "- ", a mention as "@Name".
 * `nameOf` gives a mentioned member's current name (else the label the editor stored is used).
 */
export function commentDocToText(doc: CommentNode, nameOf: (id: string) => string | undefined = () => undefined): string {
  return noteToPlainText(doc, (node) => {
    if (node.type !== "mention") return undefined;
    const attrs = node.attrs as MentionNode["attrs"];
    return `@${nameOf(attrs.id) ?? attrs.label ?? "someone"}`;
  });
}

/** The distinct member IDs a comment mentions, in order of first mention. */
export function mentionIdsOf(doc: CommentNode): string[] {
  const ids: string[] = [];
  const walk = (node: CommentNode) => {
    if (node.type === "mention") {
      const id = (node.attrs as MentionNode["attrs"]).id;
      if (!ids.includes(id)) ids.push(id);
    }
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return ids;
}

/** The document with every mention's label set to the member's current name (the stored copy never lies). */
export function relabelMentions(doc: CommentNode, nameOf: (id: string) => string | undefined): CommentNode {
  const walk = (node: CommentNode): CommentNode => {
    if (node.type === "mention") {
      const attrs = node.attrs as MentionNode["attrs"];
      return { type: "mention", attrs: { id: attrs.id, label: nameOf(attrs.id) ?? attrs.label ?? null } };
    }
    return node.content ? { ...node, content: node.content.map(walk) } : node;
  };
  return walk(doc);
}

/** A plain string as a document of paragraphs (one per line), so every stored comment has a document. */
export function textToCommentDoc(text: string): CommentDoc {
  const paragraphs = text
    .split(/\r\n|\r|\n/)
    .map((line): CommentNode => (line === "" ? { type: "paragraph" } : { type: "paragraph", content: [{ type: "text", text: line }] }));
  return { type: "doc", content: paragraphs };
}
