import pg from "pg";
import type { Logger } from "pino";
import { LIVE_CHANNEL } from "./live-channel.ts";
import { listenToLiveChannel } from "./live-channel-sql.ts";

export interface ListenerEvents {
  onNotice(payload: string): void;
  /** LISTEN is (again) in place after a lost connection: anything announced meanwhile was missed. */
  onReconnect(): void;
}

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5_000;

/**
 * The one connection of an instance that LISTENs for live notices. Notices sent while it is down are lost, so
 * after reconnecting (with backoff) it says so, and the hub reads every stream's events again from its cursor.
 */
export class EventListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private retryMs = FIRST_RETRY_MS;
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly databaseUrl: string,
    private readonly events: ListenerEvents,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    await this.connect();
  }

  /** The listening connection's server process, for tests that cut it. */
  get backendPid(): number | null {
    return (this.client as (pg.Client & { processID?: number }) | null)?.processID ?? null;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, keepAlive: true, application_name: "verbatim-live" });
    client.on("notification", (n) => {
      if (n.channel === LIVE_CHANNEL && n.payload) this.events.onNotice(n.payload);
    });
    client.on("error", (err) => this.lost(client, err));
    client.on("end", () => this.lost(client, null));
    try {
      await client.connect();
      await listenToLiveChannel(client);
    } catch (e) {
      await client.end().catch(() => {});
      throw e;
    }
    this.client = client;
    this.retryMs = FIRST_RETRY_MS;
  }

  private lost(client: pg.Client, err: Error | null): void {
    if (this.stopped || this.client !== client) return;
    this.client = null;
    this.logger.warn({ err }, "live: the LISTEN connection was lost; reconnecting");
    void client.end().catch(() => {});
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    this.retryTimer = setTimeout(() => {
      this.connect().then(
        () => {
          this.logger.info("live: listening again");
          this.events.onReconnect();
        },
        (err: unknown) => {
          this.logger.warn({ err }, `live: could not listen again; next try in ${this.retryMs} ms`);
          this.scheduleReconnect();
        },
      );
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
  }
}
