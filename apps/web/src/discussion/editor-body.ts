import { CommentDoc, commentDocToText } from "@verbatim/contract";

/**
 * What the composer sends: the editor's document without the empty paragraphs it leaves at the end, or null when
 * there is no text to send. A document the contract would refuse is null too (the editor's schema prevents it).
 */
export function bodyFromEditor(json: unknown): CommentDoc | null {
  const parsed = CommentDoc.safeParse(json);
  if (!parsed.success) return null;
  const content = [...(parsed.data.content ?? [])];
  while (content.length > 0 && isEmptyParagraph(content.at(-1)!)) content.pop();
  const doc: CommentDoc = { ...parsed.data, content };
  return commentDocToText(doc).trim() === "" ? null : doc;
}

const isEmptyParagraph = (node: { type: string; content?: unknown[] | undefined }) =>
  node.type === "paragraph" && (node.content ?? []).length === 0;
