import { type Element, isTag } from "domhandler";
import { DomUtils, parseDocument } from "htmlparser2";

/** A parsed XML file for structural assertions, with the few look-ups the tests need. */
export function xmlTree(xml: string) {
  const doc = parseDocument(xml, { xmlMode: true });
  return {
    root: doc.children.find(isTag)!,
    /** Every element named `name`, in document order. */
    all: (name: string, within: Element | typeof doc = doc): Element[] => DomUtils.getElementsByTagName(name, within.children, true),
    /** The element children of `el` named `name`. */
    children: (el: Element, name: string): Element[] => el.children.filter((n): n is Element => isTag(n) && n.name === name),
    text: (el: Element): string => DomUtils.textContent(el),
  };
}
