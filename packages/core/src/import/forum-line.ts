import { normaliseText } from "./normalise-text.ts";
import { wordCount } from "./sentence.ts";

/** The UN bodies a statement is most often delivered to, in English, French and Spanish. */
export const UN_BODY =
  "(?:UN |United Nations )?(?:Security Council|General Assembly|Human Rights Council|Economic and Social Council|ECOSOC|(?:First|Second|Third|Fourth|Fifth|Sixth) Committee|Peacebuilding Commission|Conference on Disarmament|Commission on the Status of Women|Commission on Narcotic Drugs|Conseil de sécurité|Assemblée générale|Conseil des droits de l[’']homme|(?:Première|Deuxième|Troisième|Quatrième|Cinquième|Sixième) Commission|Consejo de Seguridad|Asamblea General|Consejo de Derechos Humanos|(?:Primera|Segunda|Tercera|Cuarta|Quinta|Sexta) Comisión)";

const STARTS_WITH_BODY = new RegExp(`^${UN_BODY}(?![\\p{L}])`, "u");
/** "Open debate of the Security Council", "Débat public du Conseil de sécurité": a meeting of a body. */
const MEETING_OF_BODY = new RegExp(
  `^(?:(?:Open|High-level|Public|Annual)\\s+)?(?:Debate|Meeting|Briefing|Session|Plenary|Débat(?: public)?|Réunion|Séance|Sesión|Debate abierto)\\s+(?:of the|du|de la|de l[’']|del|de)\\s+${UN_BODY}(?![\\p{L}])`,
  "iu",
);

/**
 * The forum a line names: "Third Committee", "Security Council briefing on …",
 * "Conseil de sécurité – Explication de vote" (the body, before the dash), "General
 * Assembly, 78th session – Third Committee" (the last body named). Null when the line
 * names no body at its start or is running text.
 */
export function parseForumLine(line: string): { forum: string } | null {
  const flat = normaliseText(line);
  if (flat === "" || wordCount(flat) > 25 || /[.!?;]$/u.test(flat)) return null;
  if (MEETING_OF_BODY.test(flat)) return { forum: flat };
  let forum: string | undefined;
  const parts = flat.split(/\s+[-\u2013\u2014]\s+/u);
  // "EU Statement – UN Security Council: …" is a title that names its forum, not a forum line.
  if (parts.some((part) => /(?:Statement|Remarks|Speech|Déclaration|Declaración|Intervención)$/u.test(part))) return null;
  for (const part of parts) {
    const head = part.split(/,\s*/u)[0] ?? part;
    if (STARTS_WITH_BODY.test(part)) forum = /^\d|session/iu.test(part.slice(head.length + 1).trim()) ? head : part;
  }
  return forum ? { forum } : null;
}
