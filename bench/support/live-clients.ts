import { AnnotationEvent } from "@verbatim/contract";
import { openSse, type SseConnection } from "../../apps/api/test/support/sse-client.ts";

export interface Received {
  event: AnnotationEvent;
  /** Wall-clock time of receipt, in ms since the epoch. */
  receivedAt: number;
}

/** `count` event-stream clients spread over the instances, each reading the statement's events from now on. */
export async function openClients(urls: string[], slug: string, token: string, count: number): Promise<SseConnection[]> {
  const clients = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      openSse(`${urls[i % urls.length]}/api/statements/${slug}/events`, { authorization: `Bearer ${token}` }),
    ),
  );
  await Promise.all(clients.map((c) => c.waitFor((m) => m.event === "ready", 30_000)));
  return clients;
}

/** How many annotation events a client has received so far (cheap: nothing is parsed). */
export const countChanges = (client: SseConnection): number => client.messages.filter((m) => m.event.startsWith("annotation.")).length;

export function changesOf(client: SseConnection): Received[] {
  return client.messages
    .filter((m) => m.event.startsWith("annotation."))
    .map((m) => ({ event: AnnotationEvent.parse(JSON.parse(m.data)), receivedAt: performance.timeOrigin + m.receivedAt }));
}

/**
 * What every client must have received: each of `expected` event IDs exactly once, the same sequence as every
 * other client, and for each annotation its versions in increasing order. Returns the problems found.
 */
export function checkDelivery(clients: SseConnection[], expected: string[]): string[] {
  const problems: string[] = [];
  const want = [...expected].sort().join();
  const first = changesOf(clients[0]!)
    .map((r) => r.event.id)
    .join();
  clients.forEach((client, i) => {
    const got = changesOf(client);
    const ids = got.map((r) => r.event.id);
    if (new Set(ids).size !== ids.length) problems.push(`client ${i}: ${ids.length - new Set(ids).size} events twice`);
    if ([...ids].sort().join() !== want) problems.push(`client ${i}: ${ids.length} events received, ${expected.length} expected`);
    if (ids.join() !== first) problems.push(`client ${i}: a different order from client 0`);
    const version = new Map<string, number>();
    for (const { event } of got) {
      const v = event.annotation.version;
      if (v <= (version.get(event.annotation.id) ?? 0))
        problems.push(`client ${i}: ${event.annotation.id} version ${v} after ${version.get(event.annotation.id)}`);
      version.set(event.annotation.id, v);
    }
  });
  return problems;
}
