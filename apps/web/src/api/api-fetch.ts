import { ErrorBody, type Endpoint } from "@verbatim/contract";
import type { z } from "zod";
import { ApiError } from "./api-error.ts";
import { readCsrfToken } from "./csrf.ts";
import { FULL_CHECK_LIMIT, validationSample } from "./validation-sample.ts";

/** What a call returns: the parsed response schema's output, or nothing for 204 endpoints. */
export type ResponseOf<E extends Endpoint> = E["response"] extends z.ZodType ? z.output<E["response"]> : undefined;
/** What an endpoint with an `accepted` body answers with 202 instead: its work went on as a job (nothing for the rest). */
export type AcceptedOf<E extends Endpoint> = E["accepted"] extends z.ZodType ? z.output<E["accepted"]> : never;
export type BodyOf<E extends Endpoint> = E["body"] extends z.ZodType ? z.input<E["body"]> : never;
export type QueryOf<E extends Endpoint> = E["query"] extends z.ZodType ? Partial<z.input<E["query"]>> : never;

export interface RequestOptions<E extends Endpoint> {
  /** Values for the path's `:name` segments. */
  params?: Record<string, string>;
  query?: QueryOf<E>;
  body?: BodyOf<E>;
  /** A multipart body instead, for an endpoint with an `upload` schema: the browser sets its Content-Type and boundary. */
  form?: FormData;
  signal?: AbortSignal;
  /** Further request headers the endpoint reads (its contract's requestHeaders), such as Idempotency-Key. */
  headers?: Record<string, string>;
  /** "sample": check a long `items` list on a sample of its items (see validation-sample.ts); "full" by default. */
  check?: "full" | "sample";
}

export function buildUrl(path: string, params: Record<string, string> = {}, query: object = {}): string {
  const filled = path.replace(/:(\w+)/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    // A list repeats its parameter (the search's facet filters, whose values may hold commas).
    for (const one of Array.isArray(value) ? (value as unknown[]) : [value]) {
      if (one !== undefined && one !== null && one !== "") search.append(key, String(one));
    }
  }
  const qs = search.toString();
  return qs ? `${filled}?${qs}` : filled;
}

/**
 * Every request to the API goes through here: one error type out, responses checked against the contract. An endpoint
 * that may hand its work to a job answers either its response or, with 202, its `accepted` body.
 */
export async function apiFetch<E extends Endpoint>(endpoint: E, options: RequestOptions<E> = {}): Promise<ResponseOf<E> | AcceptedOf<E>> {
  const response = await apiResponse(endpoint, options);
  const schema = response.status === 202 && endpoint.accepted ? endpoint.accepted : endpoint.response;
  if (!schema || response.status === 204) return undefined as ResponseOf<E>;

  const data: unknown = await response.json().catch(() => undefined);
  const parsed = options.check === "sample" && hasLongItemList(data) ? checkSample(schema, data) : schema.safeParse(data);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      "invalid_response",
      "The server sent a response this page does not understand.",
      parsed.error.issues,
    );
  }
  return parsed.data as ResponseOf<E> | AcceptedOf<E>;
}

/**
 * The successful response itself, for endpoints whose body is a file to stream rather than JSON to parse
 * (exports). Same URL, cookies, CSRF and error codes as `apiFetch`.
 */
export async function apiResponse<E extends Endpoint>(
  endpoint: E,
  options: RequestOptions<E> = {},
  accept = "application/json",
): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers, Accept: accept };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (endpoint.method !== "get") {
    const csrf = readCsrfToken();
    if (csrf) headers["X-CSRF-Token"] = csrf;
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(endpoint.path, options.params, options.query ?? {}), {
      method: endpoint.method.toUpperCase(),
      headers,
      body: options.form ?? (options.body === undefined ? null : JSON.stringify(options.body)),
      credentials: "same-origin",
      signal: options.signal ?? null,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    throw new ApiError(0, "network_error", "The server could not be reached. Check your connection and try again.");
  }

  if (!response.ok) throw await errorFrom(response);
  return response;
}

type ItemList = { items: unknown[] };
const hasLongItemList = (data: unknown): data is ItemList =>
  typeof data === "object" &&
  data !== null &&
  Array.isArray((data as Partial<ItemList>).items) &&
  (data as ItemList).items.length > FULL_CHECK_LIMIT;

/** Checks the list's envelope and a sample of its items; the items are then returned as the server sent them. */
function checkSample(schema: z.ZodType, data: ItemList): ReturnType<z.ZodType["safeParse"]> {
  const parsed = schema.safeParse({ ...data, items: validationSample(data.items) });
  return parsed.success ? { success: true, data: { ...(parsed.data as object), items: data.items } } : parsed;
}

async function errorFrom(response: Response): Promise<ApiError> {
  const parsed = ErrorBody.safeParse(await response.json().catch(() => undefined));
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(response.status, code, message, details);
  }
  return new ApiError(response.status, "invalid_response", `The server answered ${response.status} ${response.statusText}`.trim());
}
