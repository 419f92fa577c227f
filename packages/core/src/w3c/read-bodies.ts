import { ANNOTATION_KINDS, type AnnotationKind } from "../model/taxonomy.ts";
import { htmlToText } from "./html-text.ts";
import { asArray, iriOf, isRecord, stringOf, stringsOf } from "./json.ts";

export interface ReadBodies {
  kind: AnnotationKind | null;
  labels: string[];
  note: string | null;
  /** "key: value" attribute bodies, in order. */
  attributeTexts: [string, string][];
  /** IRIs of linking bodies. */
  links: string[];
}

const COMMENT_PURPOSES = new Set(["commenting", "replying", "questioning", "assessing", "describing", "editing"]);
const ATTRIBUTE_TEXT = /^([A-Za-z][\w-]*): (.+)$/s;
const isKind = (s: string): s is AnnotationKind => (ANNOTATION_KINDS as readonly string[]).includes(s);

/** The item of a Choice to read: plain text when offered, else the first textual item. */
function pickChoiceItem(choice: Record<string, unknown>): Record<string, unknown> | null {
  const items = asArray(choice.items).filter((i): i is Record<string, unknown> => isRecord(i) && typeof i.value === "string");
  const picked = items.find((i) => stringOf(i.format) === "text/plain") ?? items[0];
  if (!picked) return null;
  return stringsOf(picked.purpose).length > 0 ? picked : { ...picked, purpose: choice.purpose };
}

/**
 * Reads bodies written by Verbatim or, best effort, by other W3C tools: tagging bodies become labels,
 * comments (or textual bodies without a purpose, unless the annotation is for tagging) the note, a
 * classifying body naming a kind the kind, "key: value" bodies attributes, linking resources links.
 */
export function readBodies(annotation: Record<string, unknown>): ReadBodies {
  const motivations = stringsOf(annotation.motivation);
  const fallbackPurpose = motivations.includes("tagging") && !motivations.includes("commenting") ? "tagging" : "commenting";
  const read: ReadBodies = { kind: null, labels: [], note: null, attributeTexts: [], links: [] };
  const notes: string[] = [];
  const bodyValue = stringOf(annotation.bodyValue);
  if (bodyValue) notes.push(bodyValue);

  for (const raw of asArray(annotation.body)) {
    const body = isRecord(raw) && stringsOf(raw.type).includes("Choice") ? pickChoiceItem(raw) : raw;
    if (isRecord(body) && typeof body.value === "string") {
      const value = stringOf(body.format) === "text/html" ? htmlToText(body.value) : body.value;
      const purposes = stringsOf(body.purpose);
      const purpose = purposes[0] ?? fallbackPurpose;
      const attribute = ATTRIBUTE_TEXT.exec(value);
      if (purpose === "tagging") read.labels.push(value);
      else if (purpose === "classifying" && isKind(value)) read.kind ??= value;
      else if ((purpose === "classifying" || purpose === "describing") && attribute?.[1] && attribute[2])
        read.attributeTexts.push([attribute[1], attribute[2]]);
      else if (COMMENT_PURPOSES.has(purpose) && value.trim() !== "") notes.push(value);
      continue;
    }
    const purposes = isRecord(body) ? stringsOf(body.purpose) : [];
    const linking = purposes.includes("linking") || (purposes.length === 0 && motivations.includes("linking"));
    const iri = isRecord(body) ? (iriOf(body.source) ?? iriOf(body)) : typeof body === "string" ? body : null;
    if (linking && iri) read.links.push(iri);
  }
  read.labels = [...new Set(read.labels)];
  read.note = notes.length > 0 ? notes.join("\n\n") : null;
  return read;
}
