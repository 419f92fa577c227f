import render from "dom-serializer";
import type { ChildNode, Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import { normaliseText } from "./normalise-text.ts";
import type { Footnote } from "./types.ts";

const NOTE_ID = /^(foot|end)note-(\d+)$/u;
const REFERENCE_HREF = /^#(foot|end)note-\d+$/u;

const isElement = (node: ChildNode): node is Element => node.type === "tag" || node.type === "script" || node.type === "style";

function textOf(node: ChildNode): string {
  if (node.type === "text") return node.data;
  if (!isElement(node)) return "";
  // mammoth ends each note with a link back to its reference ("↑"): not the note's text.
  if (node.name === "a" && /^#(foot|end)note-ref-/u.test(node.attribs.href ?? "")) return "";
  return node.children.map(textOf).join(node.name === "p" ? " " : "");
}

function walk(nodes: ChildNode[], visit: (node: Element) => boolean): void {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (visit(node)) walk(node.children, visit);
  }
}

/** Removes a node from its parent's children. */
function detach(node: Element): void {
  const siblings = node.parent?.children;
  if (siblings) siblings.splice(siblings.indexOf(node), 1);
}

/**
 * Sets a Word file's footnotes and endnotes apart from its text, as mammoth writes them: the notes are `<li
 * id="footnote-N">` items after the text, the references `<sup><a href="#footnote-N">[N]</a></sup>`. The notes go
 * into the import record; the references leave the text, whose words would otherwise end in "[1]".
 */
export function splitHtmlFootnotes(html: string): { html: string; footnotes: Footnote[] } {
  if (!html.includes("note-")) return { html, footnotes: [] };
  const doc = parseDocument(html);
  const footnotes: Footnote[] = [];
  const remove: Element[] = [];
  walk(doc.children, (node) => {
    const note = NOTE_ID.exec(node.attribs.id ?? "");
    if (node.name === "li" && note) {
      footnotes.push({ mark: note[1] === "end" ? `e${note[2]}` : (note[2] ?? ""), text: normaliseText(textOf(node)) });
      remove.push(node);
      return false;
    }
    if (node.name === "a" && REFERENCE_HREF.test(node.attribs.href ?? "")) {
      remove.push(node.parent && isElement(node.parent) && node.parent.name === "sup" ? node.parent : node);
      return false;
    }
    return true;
  });
  for (const node of remove) detach(node);
  // A list that held only notes is empty now: an empty <ol> reads as nothing.
  return { html: render(doc), footnotes };
}
