import type { Response } from "express";

/** Past this much unsent output a client is too slow: it is cut off, and replays from its Last-Event-ID. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
/** How long the browser waits before reconnecting after a dropped stream. */
export const RETRY_MS = 2000;

export interface SseMessage {
  id?: string;
  event: string;
  data: unknown;
}

/** A message as text/event-stream lines; JSON has no raw newlines, so the data is always one line. */
export function formatMessage(message: SseMessage): string {
  const id = message.id === undefined ? "" : `id: ${message.id}\n`;
  return `${id}event: ${message.event}\ndata: ${JSON.stringify(message.data)}\n\n`;
}

/** One text/event-stream response. Writes after the client has gone are ignored. */
export class SseStream {
  private ended = false;

  constructor(private readonly res: Response) {
    res.once("close", () => {
      this.ended = true;
    });
  }

  get closed(): boolean {
    return this.ended || this.res.destroyed || this.res.writableEnded;
  }

  open(): void {
    this.res.status(200);
    this.res.set({
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      // nginx and similar proxies would otherwise hold events back in their buffers.
      "X-Accel-Buffering": "no",
    });
    this.res.flushHeaders();
    this.write(`retry: ${RETRY_MS}\n\n`);
  }

  send(message: SseMessage): void {
    this.write(formatMessage(message));
  }

  /** A message already formatted (once for every stream it goes to). */
  sendFormatted(frame: string): void {
    this.write(frame);
  }

  comment(text: string): void {
    this.write(`: ${text}\n\n`);
  }

  end(): void {
    if (this.closed) return;
    this.ended = true;
    this.res.end();
  }

  private write(chunk: string): void {
    if (this.closed) return;
    if (this.res.writableLength > MAX_BUFFERED_BYTES) {
      this.ended = true;
      this.res.destroy();
      return;
    }
    this.res.write(chunk);
  }
}
