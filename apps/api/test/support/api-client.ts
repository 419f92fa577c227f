import { contractBreach } from "./contract-check.ts";

export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint: tests read arbitrary JSON
  body: any;
}

export interface RequestOptions {
  json?: unknown;
  /** A raw body, sent with contentType (default application/json); bytes when the test is about the encoding. */
  raw?: string | Uint8Array;
  contentType?: string;
  /** A multipart/form-data body (fetch sets its content type, with the boundary). */
  form?: FormData;
  headers?: Record<string, string>;
  /** Leave out the X-CSRF-Token header on a cookie-authenticated write. */
  noCsrf?: boolean;
}

/**
 * A browser-like HTTP client: keeps cookies and echoes the CSRF cookie, or sends a bearer token. Every response must
 * keep the contract (contract-check.ts), else the request throws.
 */
export class ApiClient {
  readonly cookies = new Map<string, string>();
  /** Sees every response, e.g. to check that none was a 500. */
  onResponse?: (res: ApiResponse, method: string, path: string) => void;

  constructor(
    readonly baseUrl: string,
    readonly bearer?: string,
  ) {}

  get csrfToken(): string | undefined {
    return this.cookies.get("verbatim_csrf");
  }

  async request(method: string, path: string, opts: RequestOptions = {}): Promise<ApiResponse> {
    const headers: Record<string, string> = { ...opts.headers };
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    if (method !== "GET" && this.csrfToken && !opts.noCsrf) headers["x-csrf-token"] = this.csrfToken;
    const body = opts.form ?? opts.raw ?? (opts.json !== undefined ? JSON.stringify(opts.json) : undefined);
    if (body !== undefined && !opts.form) headers["content-type"] = opts.contentType ?? "application/json";
    // Bytes go as they are (a test of the encoding); the DOM typings of some projects know no Uint8Array body.
    const res = await fetch(this.baseUrl + path, { method, headers, body: body as RequestInit["body"], redirect: "manual" });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [name, ...value] = (pair ?? "").split("=");
      if (!name) continue;
      const v = value.join("=");
      if (v === "" || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), v);
    }
    const text = await res.text();
    let parsed: unknown = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    const response = { status: res.status, headers: res.headers, text, body: parsed };
    this.onResponse?.(response, method, path);
    // Every answer of the API tests is held to the contract: a presenter that drifts from its schema fails the test.
    const breach = contractBreach(method, path, response);
    if (breach) throw new Error(breach);
    return response;
  }

  get = (path: string, opts?: RequestOptions) => this.request("GET", path, opts);
  post = (path: string, json?: unknown, opts?: RequestOptions) => this.request("POST", path, { ...opts, json });
  patch = (path: string, json?: unknown, opts?: RequestOptions) => this.request("PATCH", path, { ...opts, json });
  delete = (path: string, opts?: RequestOptions) => this.request("DELETE", path, opts);
  /** POSTs a file as multipart/form-data in the field `file`, with text fields beside it. */
  upload = (path: string, file: { name: string; type?: string; bytes: Uint8Array }, fields: Record<string, string> = {}) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append("file", new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "application/octet-stream" }), file.name);
    return this.request("POST", path, { form });
  };
}
