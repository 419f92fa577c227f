import { type Endpoint, type EndpointName, endpoints } from "@verbatim/contract";

export interface MatchedEndpoint {
  name: EndpointName;
  endpoint: Endpoint;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** As Express matches a path (routes are not strict and not case-sensitive): `:name` is one segment, not empty. */
const patternOf = (path: string) => new RegExp(`^${escapeRegExp(path).replace(/:\w+/g, "[^/]+")}/?$`, "i");
const routes = (Object.entries(endpoints) as [EndpointName, Endpoint][]).map(([name, endpoint]) => ({
  name,
  endpoint,
  pattern: patternOf(endpoint.path),
  params: (endpoint.path.match(/:\w+/g) ?? []).length,
}));

/** The contract's endpoint for a request, or null for a path the contract has none for (a deliberately unknown route). */
export function endpointForPath(method: string, url: string): MatchedEndpoint | null {
  const path = url.split(/[?#]/)[0] ?? "";
  const matches = routes.filter((r) => r.endpoint.method === method.toLowerCase() && r.pattern.test(path));
  // A path with fixed segments where another has parameters is the fixed one's, whatever the order.
  const [best] = matches.sort((a, b) => a.params - b.params);
  return best ? { name: best.name, endpoint: best.endpoint } : null;
}
