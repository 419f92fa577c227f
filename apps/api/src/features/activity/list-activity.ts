import type { ActivityPage, ActivityType } from "@verbatim/contract";
import type { Db } from "../../db/database.ts";
import { presentActivityItem } from "./activity-item.ts";
import { readActivity } from "./activity-sql.ts";
import { activityEventTypes } from "./activity-types.ts";
import { findStatement } from "../statements/find-statement.ts";

export interface ListActivityOptions {
  workspaceId: string;
  member?: string | undefined;
  statement?: string | undefined;
  type?: readonly ActivityType[] | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** The workspace's feed, newest event first (activity-sql.ts), a page at a time. */
export async function listActivity(db: Db, opts: ListActivityOptions): Promise<ActivityPage> {
  const rows = await readActivity(db, {
    workspaceId: opts.workspaceId,
    statementId: opts.statement ? (await findStatement(db, opts.workspaceId, opts.statement)).id : undefined,
    member: opts.member,
    eventTypes: opts.type ? activityEventTypes(opts.type) : undefined,
    beforeId: opts.cursor,
    // One more than a page, to tell whether another follows.
    limit: opts.limit + 1,
  });
  const page = rows.slice(0, opts.limit);
  return {
    items: page.map(presentActivityItem),
    nextCursor: rows.length > opts.limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}
