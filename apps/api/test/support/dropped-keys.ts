/**
 * Where `sent` holds keys that parsing dropped from `parsed`. Response objects are `z.object`, which strips unknown
 * keys, so a presenter that sends an extra field, or a renamed one beside an optional one, would otherwise pass.
 */
export function droppedKeys(sent: unknown, parsed: unknown, at = ""): string[] {
  if (Array.isArray(sent) && Array.isArray(parsed)) return sent.flatMap((item, i) => droppedKeys(item, parsed[i], `${at}[${i}]`));
  if (!isRecord(sent) || !isRecord(parsed)) return [];
  return Object.entries(sent).flatMap(([key, value]) => {
    const path = at ? `${at}.${key}` : key;
    return Object.hasOwn(parsed, key) ? droppedKeys(value, parsed[key], path) : [path];
  });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
