import type { Viewer } from "../../auth/actor.ts";
import type { EventCursor } from "./event-cursor.ts";
import type { SseStream } from "./sse-stream.ts";

/** One open event stream: who reads which statement, and how far they have been sent. */
export interface Subscriber {
  connectionId: string;
  statementId: string;
  userId: string;
  /** Whom the events are presented for (what they may do with each annotation); refreshed at each heartbeat. */
  viewer: Viewer;
  stream: SseStream;
  cursor: EventCursor;
  /** Who the reader is now, if still signed in with access to the workspace (else null). Checked at each heartbeat. */
  currentViewer(): Promise<Viewer | null>;
}
