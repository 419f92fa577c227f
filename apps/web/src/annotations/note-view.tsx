import { type Annotation, TiptapDoc, type TiptapNode } from "@verbatim/contract";
import type { ReactNode } from "react";

type Mark = NonNullable<TiptapNode["marks"]>[number];
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

function renderNode(node: TiptapNode, key: number): ReactNode {
  const children = node.content?.map(renderNode);
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
  }
}

/** An annotation's note: its rich document rendered as React elements (never as HTML), else its plain text. */
export function NoteView({ annotation }: { annotation: Pick<Annotation, "note" | "noteDoc"> }) {
  if (annotation.noteDoc) {
    const doc = TiptapDoc.safeParse(annotation.noteDoc);
    if (doc.success) return <div className="annotation-note">{renderNode(doc.data, 0)}</div>;
  }
  if (!annotation.note) return null;
  return <p className="annotation-note annotation-note-plain">{annotation.note}</p>;
}
