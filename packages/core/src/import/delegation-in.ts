/**
 * The country in "Permanent Representative of Malaysia", "Minister for Foreign Affairs of Japan",
 * "représentant permanent de la France auprès de …" or "Representante Permanente de Colombia ante …".
 * The portfolio is bounded: unbounded, every "Minister for" read the rest of a long line again.
 */
export function delegationMatch(text: string): { name: string; index: number; ofAt: number } | null {
  const found =
    /(?<!\p{L})(Representative|Ambassador|Minister(?: for [\p{L} ]{1,100}?)?|Mission|Delegation|Chargé d'affaires(?: a\.i\.)?|[Rr]eprésentante?(?: permanente?)?(?: adjointe?)?|[Rr]epresentante(?: [Pp]ermanente)?(?: [Aa]lterno| [Aa]lterna| [Aa]djunto| [Aa]djunta)?|Ambassadrice|Embajador(?:a)?) (?:of|de|du|del|d[e’'] la|d[’'])\s?(?:the |la |l[’']|los |las )?([\p{Lu}][^,;()]*?)(?=\s+(?:to|at|in|before|ante|auprès|en|à|on)\s|[,;()]|$)/u.exec(
      text,
    );
  if (!found?.[1] || !found[2]) return null;
  return { name: found[2], index: found.index, ofAt: found.index + found[1].length };
}
