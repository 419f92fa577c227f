import type { EventCursor } from "./event-cursor.ts";
import type { SseStream } from "./sse-stream.ts";

/** One open event stream: who reads which statement, and how far they have been sent. */
export interface Subscriber {
  connectionId: string;
  statementId: string;
  userId: string;
  stream: SseStream;
  cursor: EventCursor;
  /** Still signed in with access to the workspace? Checked at each heartbeat. */
  stillAllowed(): Promise<boolean>;
}
