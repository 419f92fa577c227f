import { Uuid } from "@verbatim/contract";
import type { ParsedW3cAnnotation, ReviewStatus } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { canReviewAnnotation } from "../annotations/annotation-policy.ts";

/** Whom an imported annotation is credited to and the status it starts with. */
export interface ImportCredit {
  authorId: string;
  status: ReviewStatus;
  /** Whether the creator and the review status of the source were kept (else they are only in the history). */
  kept: boolean;
}

export type CreditOf = (p: Pick<ParsedW3cAnnotation, "author" | "status">) => ImportCredit;

type Creator = NonNullable<ParsedW3cAnnotation["author"]>;
interface MemberRow {
  id: string;
  email: string;
  name: string;
}

/** The user ID of a Verbatim user IRI (…/api/users/UUID), as our W3C export writes the creator. */
function userUuid(iri: string | null): string | null {
  const id = /\/api\/users\/([^/?#]+)$/.exec(iri ?? "")?.[1];
  return id !== undefined && Uuid.safeParse(id).success ? id.toLowerCase() : null;
}

const folded = (s: string): string => s.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Finds the member a creator names, as our export writes it (its user IRI and name) or other tools do (an email).
 * A user IRI naming a user of this server settles it: that user, if a member, else nobody (another workspace's
 * user is not credited through a namesake). Otherwise the email, then the name when exactly one member has it.
 */
function memberMatcher(members: MemberRow[], knownUsers: ReadonlySet<string>): (creator: Creator) => string | null {
  const byId = new Map(members.map((m) => [m.id, m]));
  const byEmail = new Map(members.map((m) => [m.email.toLowerCase(), m]));
  const byName = new Map<string, MemberRow | null>();
  for (const m of members) byName.set(folded(m.name), byName.has(folded(m.name)) ? null : m);
  return (creator) => {
    const uuid = userUuid(creator.id);
    if (uuid !== null && knownUsers.has(uuid)) return byId.get(uuid)?.id ?? null;
    const email = creator.email === null ? undefined : byEmail.get(creator.email.toLowerCase());
    if (email) return email.id;
    return creator.name === null ? null : (byName.get(folded(creator.name))?.id ?? null);
  };
}

/**
 * How an import credits each annotation. A reviewer's or admin's import keeps the source's creator and review status
 * when the creator is a member of this workspace: they may set a status themselves, so carrying one over asserts
 * nothing they could not. Any other import is the importer's, proposed, as a new tag would be; the source's creator
 * and status stay in the annotation's history either way.
 */
export async function importCredit(db: Db, opts: { actor: Actor; parsed: readonly ParsedW3cAnnotation[] }): Promise<CreditOf> {
  const { actor } = opts;
  const importer = (): ImportCredit => ({ authorId: actor.userId, status: "proposed", kept: false });
  if (!canReviewAnnotation(actor)) return importer;
  const uuids = [...new Set(opts.parsed.flatMap((p) => userUuid(p.author?.id ?? null) ?? []))];
  const [memberships, known] = await Promise.all([
    db.membership.findMany({
      where: { workspaceId: actor.workspaceId },
      select: { user: { select: { id: true, email: true, name: true } } },
    }),
    uuids.length === 0 ? [] : db.user.findMany({ where: { id: { in: uuids } }, select: { id: true } }),
  ]);
  const memberOf = memberMatcher(
    memberships.map((m) => m.user),
    new Set(known.map((u) => u.id)),
  );
  return (p) => {
    const authorId = p.author ? memberOf(p.author) : null;
    return authorId === null ? importer() : { authorId, status: p.status ?? "proposed", kept: true };
  };
}
