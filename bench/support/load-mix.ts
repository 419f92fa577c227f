import type { BenchClient } from "./bench-client.ts";
import type { WriteBody } from "./write-bodies.ts";

export interface LoadTarget {
  slugs: string[];
  bodies: WriteBody[];
}

export interface Sample {
  kind: "read" | "write";
  status: number;
  ms: number;
}

/**
 * One request of the mix an analyst's browser makes: four in five are reads (the library, a statement with its
 * text, its annotations, the inbox count, who am I), one in five a new tag.
 */
export async function oneRequest(client: BenchClient, target: LoadTarget, i: number): Promise<Sample> {
  const slug = target.slugs[i % target.slugs.length]!;
  const pick = i % 10;
  const start = performance.now();
  let status: number;
  let kind: Sample["kind"] = "read";
  try {
    if (pick < 2) {
      kind = "write";
      status = (await client.call("POST", `/api/statements/${slug}/annotations`, target.bodies[i % target.bodies.length])).status;
    } else if (pick < 4) status = (await client.call("GET", `/api/statements/${slug}`)).status;
    else if (pick < 6) status = (await client.call("GET", `/api/statements/${slug}/annotations?limit=100`)).status;
    else if (pick < 8) status = (await client.call("GET", "/api/statements?limit=50")).status;
    else if (pick < 9) status = (await client.call("GET", "/api/inbox/count")).status;
    else status = (await client.call("GET", "/api/me")).status;
  } catch {
    status = 0;
  }
  return { kind, status, ms: performance.now() - start };
}
