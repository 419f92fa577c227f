/**
 * The no-lost-update check: writers update the same annotations as fast as they can, each change adding one to a
 * counter kept in `attributes.actor` on top of the version it read. If no update is lost, each annotation's
 * counter ends equal to the number of updates the API accepted for it (and its version one more than that).
 */
export interface WritersOptions {
  /** API base URLs; writer i uses urls[i % urls.length]. */
  urls: string[];
  token: string;
  annotationIds: string[];
  writers: number;
  seconds: number;
  /**
   * Keep writing after `seconds` until this many updates were accepted in all (at most `maxSeconds`), so that a slow
   * machine still makes enough updates for the check to mean something.
   */
  minAccepted?: number;
  maxSeconds?: number;
}

export interface WritersResult {
  accepted: Map<string, number>;
  conflicts: number;
  /** Any answer other than 200 or 409 version_conflict: there must be none. */
  unexpected: string[];
  /** Annotations whose final state disagrees with the accepted count. */
  lost: string[];
  requests: number;
}

interface Seen {
  version: number;
  count: number;
}

interface AnnotationBody {
  annotation: { id: string; version: number; attributes: { actor?: string } };
}

const seenOf = (a: AnnotationBody["annotation"]): Seen => ({ version: a.version, count: Number(a.attributes.actor ?? 0) });

export async function runWriters(o: WritersOptions): Promise<WritersResult> {
  const headers = { authorization: `Bearer ${o.token}`, "content-type": "application/json" };
  const accepted = new Map(o.annotationIds.map((id) => [id, 0]));
  const result: WritersResult = { accepted, conflicts: 0, unexpected: [], lost: [], requests: 0 };
  const started = performance.now();
  let acceptedInAll = 0;
  const writing = () => {
    const elapsed = (performance.now() - started) / 1000;
    if (elapsed < o.seconds) return true;
    return acceptedInAll < (o.minAccepted ?? 0) && elapsed < (o.maxSeconds ?? o.seconds);
  };

  async function read(url: string, id: string): Promise<Seen> {
    const res = await fetch(`${url}/api/annotations/${id}`, { headers });
    return seenOf(((await res.json()) as AnnotationBody).annotation);
  }

  async function writer(index: number): Promise<void> {
    const url = o.urls[index % o.urls.length]!;
    const known = new Map<string, Seen>();
    while (writing()) {
      const id = o.annotationIds[Math.floor(Math.random() * o.annotationIds.length)]!;
      const seen = known.get(id) ?? (await read(url, id));
      const res = await fetch(`${url}/api/annotations/${id}`, {
        method: "PATCH",
        headers,
        body: JSON.stringify({ version: seen.version, attributes: { stance: "notes", actor: String(seen.count + 1) } }),
      });
      result.requests++;
      const body = (await res.json()) as AnnotationBody & {
        error?: { code: string; details?: { current?: AnnotationBody["annotation"] } };
      };
      if (res.status === 200) {
        accepted.set(id, accepted.get(id)! + 1);
        acceptedInAll++;
        known.set(id, seenOf(body.annotation));
      } else if (res.status === 409 && body.error?.code === "version_conflict" && body.error.details?.current) {
        result.conflicts++;
        known.set(id, seenOf(body.error.details.current));
      } else {
        result.unexpected.push(`${res.status} ${JSON.stringify(body).slice(0, 200)}`);
      }
    }
  }
  await Promise.all(Array.from({ length: o.writers }, (_, i) => writer(i)));

  for (const id of o.annotationIds) {
    const final = await read(o.urls[0]!, id);
    const count = accepted.get(id)!;
    if (final.count !== count || final.version !== count + 1)
      result.lost.push(`${id}: counter ${final.count}, version ${final.version}, accepted ${count}`);
  }
  return result;
}
