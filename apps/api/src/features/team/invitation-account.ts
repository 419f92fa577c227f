import type { AcceptInvitationRequest } from "@verbatim/contract";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.ts";
import { hashPassword, verifyPassword } from "../../auth/passwords.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/app-error.ts";

export type AcceptBody = z.output<typeof AcceptInvitationRequest>;

/** Who accepts: a user to create (password already hashed), or an existing user, with the session they replace. */
export type Joiner =
  { kind: "new"; name: string; email: string; passwordHash: string } | { kind: "user"; userId: string; replacesSessionId: string | null };

export const emailTaken = () => new AppError("email_taken", "an account with this email exists; sign in with it to accept the invitation");

/** Checks the credentials an acceptance carries, before the transaction that uses them (hashing is slow). */
export async function resolveJoiner(db: Db, body: AcceptBody, sessionActor: Actor | null): Promise<Joiner> {
  if (body.account === "new") {
    if (await db.user.findUnique({ where: { email: body.email }, select: { id: true } })) throw emailTaken();
    return { kind: "new", name: body.name, email: body.email, passwordHash: await hashPassword(body.password) };
  }
  if (body.account === "existing") {
    const user = await db.user.findUnique({ where: { email: body.email }, select: { id: true, passwordHash: true } });
    const valid = await verifyPassword(user?.passwordHash ?? null, body.password);
    if (!user || !valid) throw new AppError("invalid_credentials", "wrong email or password");
    return { kind: "user", userId: user.id, replacesSessionId: null };
  }
  if (!sessionActor || sessionActor.via !== "session") {
    throw new AppError("unauthenticated", "sign in first, or accept with your email and password");
  }
  return { kind: "user", userId: sessionActor.userId, replacesSessionId: sessionActor.sessionId ?? null };
}
