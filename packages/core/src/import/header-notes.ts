import { normaliseText } from "./normalise-text.ts";
import type { MetadataHints } from "./types.ts";

const CHECK_AGAINST_DELIVERY =
  /^(?:\(?(?:please\s+)?check against (?:actual\s+)?delivery\)?|seul(?:e)? (?:le texte |la version )?(?:prononcée? )?fait foi|seul le prononcé fait foi|cotejar (?:con|contra) (?:el discurso |la )?(?:pronunciado|intervención|lectura)|sólo (?:vale|es válido) el texto pronunciado|verificar con el discurso pronunciado)\.?$/iu;
const AS_DELIVERED = /^(?:\(?as delivered\)?|\(?tel que prononcé\)?|\(?texte prononcé\)?|\(?según (?:lo )?pronunciado\)?)\.?$/iu;
const OTHER_NOTES =
  /^\(?(?:unofficial translation|traduction non officielle|traducción no oficial|embargoed\b.{0,80}|for immediate release|pour diffusion immédiate|provisional|draft)\)?\.?$/iu;

/** A page's label for what kind of text follows: "Speech" on GOV.UK, "Press release", "Communiqué de presse". */
const TYPE_LABEL =
  /^(?:speech|statement|statements|remarks|press release|press statement|news story|news|media note|readout|transcript|discours|communiqué de presse|déclaration|comunicado de prensa|discurso)$/iu;

/** "Periodo de Sesiones 68", "78th session", "Seventy-eighth session of the General Assembly". */
const SESSION =
  /^(?:(?:periodo|período) de sesiones \d{1,3}|\d{1,3}(?:st|nd|rd|th|e|ème)? session|session \d{1,3}|\p{L}+(?:-\p{L}+)? session(?: of the (?:General Assembly|Human Rights Council))?)$/iu;

/** A document symbol line: "SG/SM/22071", "S/PV.9500", "A/78/PV.5". */
const SYMBOL = /^[A-Z]{1,8}(?:\/[A-Z0-9.()-]{1,20}){1,6}$/u;
const MEETING_RECORD = /\/PV\.\d/u;

/** What a note above a statement tells (a delivery flag, a symbol), or null when the line is no such note. */
export function parseHeaderNote(line: string): MetadataHints | null {
  const flat = normaliseText(line);
  if (CHECK_AGAINST_DELIVERY.test(flat)) return { delivery: "check-against-delivery" };
  if (AS_DELIVERED.test(flat)) return { delivery: "as-delivered" };
  if (OTHER_NOTES.test(flat) || TYPE_LABEL.test(flat) || SESSION.test(flat)) return {};
  if (SYMBOL.test(flat)) return MEETING_RECORD.test(flat) ? { meetingSymbol: flat } : {};
  return null;
}

/**
 * A short line in capitals with no comma, such as a press release's "SECRETARY-GENERAL" or
 * "STATEMENTS AND MESSAGES": a section label, not speech.
 */
export function isCapitalLabel(line: string): boolean {
  const flat = normaliseText(line);
  return /\p{Lu}{2}/u.test(flat) && !/[\p{Ll},.:;!?]/u.test(flat) && flat.split(" ").length <= 4;
}
