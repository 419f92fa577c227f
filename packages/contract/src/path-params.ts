import { z } from "zod";
import { Uuid } from "./common.ts";

/*
 * The schemas of the endpoints' `:name` path segments. A value a schema refuses answers 404 not_found: a path
 * names a resource, and a malformed ID names none (the answer must not tell malformed IDs from unknown ones).
 */

/** An annotation, comment, token or invitation, by its ID. */
export const IdParams = z.strictObject({ id: Uuid });
/** A statement by its ID or its slug; whichever it is, one that is not the workspace's is not found. */
export const StatementParams = z.strictObject({ idOrSlug: z.string().describe("The statement's ID or slug") });
export const InstrumentParams = z.strictObject({ key: z.string().describe("The instrument's registry key, such as A/RES/74/247") });
export const MemberParams = z.strictObject({ userId: Uuid });
/** The secret of an invitation link; only its hash is stored, so any string is looked up and most are not found. */
export const InvitationTokenParams = z.strictObject({ token: z.string().describe("The token of the invitation link") });
