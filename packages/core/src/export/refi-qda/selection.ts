import { attributeRecord } from "../../model/annotation.ts";
import { attributeText } from "../describe-attributes.ts";
import { dateTimeAttr } from "./date-time.ts";
import { derivedGuid, guidOf } from "./guid.ts";
import { KIND_CODES, kindValueGuid, mainValue, targetGuid, targetName } from "./kind-codes.ts";
import type { RefiAnnotation } from "./types.ts";
import { xmlAttr, xmlText } from "./xml-text.ts";

/** The GUIDs of the codes an annotation is coded with: kind › main attribute, the target it cites, its codes (resolved by projectToQde). */
export function codingGuids(a: RefiAnnotation): string[] {
  const guids = [kindValueGuid(a.kind, mainValue(a))];
  if (a.kind === "cross-reference" && targetName(a.attributes.target)) guids.push(targetGuid(a.attributes.target));
  const codes = [...(a.codes ?? [])].sort((x, y) =>
    x.type !== y.type ? (x.type === "topic" ? -1 : 1) : x.name < y.name ? -1 : x.name > y.name ? 1 : 0,
  );
  for (const c of codes) guids.push(guidOf("code", c.id));
  return [...new Set(guids)];
}

/**
 * What the selection's Description says in words: the kind and its attributes, and what REFI-QDA has no element
 * for (the review status, the author by name, the reference back to Verbatim).
 */
function selectionDescription(a: RefiAnnotation, reference: string): string {
  const main = KIND_CODES[a.kind];
  const lines = [`${main.name} › ${mainValue(a)}`];
  for (const [key, value] of Object.entries(attributeRecord(a.attributes))) {
    const text = attributeText(value, ", ").trim();
    if (key !== main.attribute && text) lines.push(`${key[0]?.toUpperCase()}${key.slice(1)}: ${text}`);
  }
  lines.push(`Review status: ${a.status}`, `Annotated by: ${a.author.name}`, `In Verbatim: ${reference}`);
  return lines.join("\n");
}

export const noteGuid = (a: RefiAnnotation): string => derivedGuid(`note:${a.id}`);
/** A blank note makes no memo. */
const hasNote = (a: RefiAnnotation): boolean => /\S/.test(a.note ?? "");

/** One annotation as a PlainTextSelection with a Coding per code and, when it has a note, a NoteRef to its memo. */
export function writeSelection(a: RefiAnnotation, span: { start: number; end: number }, reference: string, pad: string): string[] {
  const user = ` creatingUser="${guidOf("user", a.author.id)}"${dateTimeAttr("creationDateTime", a.createdAt)}`;
  const lines = [
    `${pad}<PlainTextSelection guid="${guidOf("annotation", a.id)}" name="${xmlAttr(reference)}" startPosition="${span.start}" endPosition="${span.end}"${user}>`,
    `${pad}  <Description>${xmlText(selectionDescription(a, reference))}</Description>`,
  ];
  for (const code of codingGuids(a)) {
    lines.push(
      `${pad}  <Coding guid="${derivedGuid(`coding:${a.id}:${code}`)}"${user}>`,
      `${pad}    <CodeRef targetGUID="${code}"/>`,
      `${pad}  </Coding>`,
    );
  }
  if (hasNote(a)) lines.push(`${pad}  <NoteRef targetGUID="${noteGuid(a)}"/>`);
  lines.push(`${pad}</PlainTextSelection>`);
  return lines;
}

/** The annotation's note as a memo (a Note in the project's Notes), named for what it is about. */
export function writeNote(a: RefiAnnotation, reference: string, pad: string): string[] {
  if (!hasNote(a)) return [];
  const name = `Note on ${KIND_CODES[a.kind].name} › ${mainValue(a)} (${reference})`;
  const user = ` creatingUser="${guidOf("user", a.author.id)}"${dateTimeAttr("creationDateTime", a.createdAt)}`;
  return [
    `${pad}<Note guid="${noteGuid(a)}" name="${xmlAttr(name)}"${user}>`,
    `${pad}  <PlainTextContent>${xmlText(a.note ?? "")}</PlainTextContent>`,
    `${pad}</Note>`,
  ];
}
