/** One message of a text/event-stream, as EventSource would dispatch it. */
export interface SseMessage {
  id: string | undefined;
  event: string;
  data: string;
  receivedAt: number;
}

/** Parses a text/event-stream as it arrives, by the WHATWG rules (comments, retry and unknown fields are dropped). */
export class SseParser {
  private buffer = "";
  private id: string | undefined;
  private event = "";
  private data: string[] = [];

  constructor(private readonly onMessage: (m: SseMessage) => void) {}

  push(chunk: string): void {
    this.buffer += chunk;
    const lines = this.buffer.split(/\r\n|\r|\n/);
    this.buffer = lines.pop() ?? "";
    for (const line of lines) this.line(line);
  }

  private line(line: string): void {
    if (line === "") {
      if (this.data.length > 0) {
        this.onMessage({ id: this.id, event: this.event || "message", data: this.data.join("\n"), receivedAt: performance.now() });
      }
      this.event = "";
      this.data = [];
      return;
    }
    if (line.startsWith(":")) return;
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "event") this.event = value;
    else if (field === "data") this.data.push(value);
    else if (field === "id" && !value.includes("\0")) this.id = value;
  }
}

export interface SseConnection {
  status: number;
  headers: Headers;
  /** Every message so far, in order. */
  messages: SseMessage[];
  /** Resolves with the first message (already received or still to come) that matches, or rejects after timeoutMs. */
  waitFor(match: (m: SseMessage) => boolean, timeoutMs?: number): Promise<SseMessage>;
  /** The id of the last message that carried one, as a browser would send back in Last-Event-ID. */
  lastEventId: string | undefined;
  /** The body of a response that was not a stream (an error). */
  errorText: string | undefined;
  close(): void;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
}

/** Opens a stream with fetch and reads it in the background. */
export async function openSse(url: string, headers: Record<string, string> = {}): Promise<SseConnection> {
  const abort = new AbortController();
  const res = await fetch(url, { headers: { accept: "text/event-stream", ...headers }, signal: abort.signal });
  const messages: SseMessage[] = [];
  const waiters = new Set<{ match: (m: SseMessage) => boolean; resolve: (m: SseMessage) => void }>();
  const conn: SseConnection = {
    status: res.status,
    headers: res.headers,
    messages,
    lastEventId: undefined,
    errorText: undefined,
    close: () => abort.abort(),
    ended: Promise.resolve(),
    waitFor(match, timeoutMs = 2_000) {
      const seen = messages.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve: (m: SseMessage) => (clearTimeout(timer), resolve(m)) };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no matching event within ${timeoutMs} ms; got ${messages.map((m) => `${m.event}#${m.id}`).join(", ")}`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
  };
  if (!(res.headers.get("content-type") ?? "").startsWith("text/event-stream")) {
    conn.errorText = await res.text();
    return conn;
  }
  const parser = new SseParser((m) => {
    messages.push(m);
    if (m.id !== undefined) conn.lastEventId = m.id;
    for (const w of [...waiters]) {
      if (w.match(m)) {
        waiters.delete(w);
        w.resolve(m);
      }
    }
  });
  conn.ended = (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) parser.push(decoder.decode(chunk, { stream: true }));
    } catch {
      // Aborted by close(), or the connection dropped.
    }
  })();
  return conn;
}

/** Opens a stream with the client's credentials (session cookies or bearer token). */
export function openSseAs(
  client: { baseUrl: string; bearer?: string | undefined; cookies: Map<string, string> },
  path: string,
  headers: Record<string, string> = {},
): Promise<SseConnection> {
  const h = { ...headers };
  if (client.bearer) h.authorization = `Bearer ${client.bearer}`;
  if (client.cookies.size > 0) h.cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  return openSse(client.baseUrl + path, h);
}

/** A stream's opening as a plain response (for tests that check status codes): closed at once when it is a stream. */
export async function sseStatus(
  client: { baseUrl: string; bearer?: string | undefined; cookies: Map<string, string> },
  path: string,
): Promise<{ status: number; headers: Headers; text: string; body: unknown }> {
  const conn = await openSseAs(client, path);
  conn.close();
  const text = conn.errorText ?? "";
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: conn.status, headers: conn.headers, text, body };
}
