import type { TiptapMark } from "@verbatim/contract";
import type { ReactNode } from "react";
import type { z } from "zod";

/** A node of a stored Tiptap document: a note's or a comment's (which may also hold mentions). */
export interface RichTextNode {
  type: string;
  text?: string | undefined;
  attrs?: Record<string, unknown> | undefined;
  marks?: z.infer<typeof TiptapMark>[] | undefined;
  content?: RichTextNode[] | undefined;
}
type Mark = z.infer<typeof TiptapMark>;
/** Renders node types beyond the shared ones (a mention); undefined leaves the node out. */
export type RenderExtra = (node: RichTextNode, key: number) => ReactNode;

const SAFE_HREF = /^(https?:|mailto:)/i;

function withMark(child: ReactNode, mark: Mark, key: number): ReactNode {
  switch (mark.type) {
    case "bold":
      return <strong key={key}>{child}</strong>;
    case "italic":
      return <em key={key}>{child}</em>;
    case "code":
      return <code key={key}>{child}</code>;
    case "strike":
      return <s key={key}>{child}</s>;
    case "link": {
      const href = mark.attrs?.href;
      return href && SAFE_HREF.test(href) ? (
        <a key={key} href={href} target="_blank" rel="noopener noreferrer nofollow">
          {child}
        </a>
      ) : (
        child
      );
    }
  }
}

/** A Tiptap document as React elements, never as HTML: text stays text whatever it holds. */
export function renderRichText(node: RichTextNode, key = 0, extra?: RenderExtra): ReactNode {
  const children = node.content?.map((child, i) => renderRichText(child, i, extra));
  switch (node.type) {
    case "text":
      return (node.marks ?? []).reduce<ReactNode>((child, mark) => withMark(child, mark, key), node.text ?? "");
    case "hardBreak":
      return <br key={key} />;
    case "paragraph":
      return <p key={key}>{children}</p>;
    case "bulletList":
      return <ul key={key}>{children}</ul>;
    case "orderedList": {
      const start = node.attrs?.start;
      return (
        <ol key={key} start={typeof start === "number" ? start : undefined}>
          {children}
        </ol>
      );
    }
    case "listItem":
      return <li key={key}>{children}</li>;
    case "blockquote":
      return <blockquote key={key}>{children}</blockquote>;
    case "doc":
      return children;
    default:
      return extra?.(node, key);
  }
}
