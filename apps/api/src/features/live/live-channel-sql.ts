import type pg from "pg";
import { LIVE_CHANNEL } from "./live-channel.ts";

/** Subscribes the connection to the live channel's notices (a connection of its own: Prisma's pool cannot hold a LISTEN). */
export async function listenToLiveChannel(client: pg.Client): Promise<void> {
  await client.query(`LISTEN ${LIVE_CHANNEL}`);
}
