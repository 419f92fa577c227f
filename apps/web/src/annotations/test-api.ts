import { QueryClient } from "@tanstack/react-query";
import { vi } from "vitest";

/** Test support only: a fake API behind `fetch`, answering "METHOD /path" routes and recording the calls. */
export interface FakeResponse {
  status: number;
  body?: unknown;
}
export type Route = (body: unknown, url: URL) => FakeResponse | Promise<FakeResponse>;

export interface Call {
  method: string;
  path: string;
  search: string;
  body: unknown;
}

export function fakeApi(routes: Record<string, Route>) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, "http://localhost");
    const method = init?.method ?? "GET";
    const body = typeof init?.body === "string" ? (JSON.parse(init.body) as unknown) : undefined;
    calls.push({ method, path: url.pathname, search: url.search, body });
    const route = routes[`${method} ${url.pathname}`];
    const answer = route
      ? await route(body, url)
      : { status: 404, body: { error: { code: "not_found", message: "no route", details: null } } };
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), { status: answer.status });
  });
  vi.stubGlobal("fetch", fetch);
  return { calls, fetch };
}

export const apiError = (status: number, code: string, message = code, details: unknown = null): FakeResponse => ({
  status,
  body: { error: { code, message, details } },
});

export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } });
}
