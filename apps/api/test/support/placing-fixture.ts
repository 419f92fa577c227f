import { expect } from "vitest";
import type { ApiClient } from "./api-client.ts";
import { annotate, importStatement } from "./factories.ts";

/** A statement whose ¶2 a Corr.1 deletes (a tag on it becomes an orphan), or a Rev.1 respells (the tag becomes fuzzy). */
export const PLACING_TEXTS = {
  original: [
    "1. We welcome the report of the Secretary-General on crime prevention.",
    "2. Our country will host a regional workshop on cybercrime in 2025.",
    "3. We are concerned about the trafficking of firearms across borders.",
    "4. Thank you, Mr. President.",
  ].join("\n\n"),
  corrected: [
    "1. We welcome the report of the Secretary-General on crime prevention.",
    "2. We are concerned about the trafficking of firearms across borders.",
    "3. We call on all States to ratify the Convention against Transnational Organized Crime.",
    "4. Thank you, Mr. President.",
  ].join("\n\n"),
  respelt: [
    "1. We welcome the report of the Secretary-General on crime prevention.",
    "2. Our country will host a regional workshop on cyber-crime in 2025.",
    "3. We are concerned about the trafficking of firearms across borders.",
    "4. Thank you, Mr. President.",
  ].join("\n\n"),
};

export const ORPHAN_QUOTE = "regional workshop on cybercrime";
/** Where a respelling puts it: the fuzzy match a person confirms. */
export const FUZZY_QUOTE = "regional workshop on cyber-crime";
const P2 = PLACING_TEXTS.original.split("\n\n")[1]!;

export const revise = async (client: ApiClient, slug: string, content: string) => {
  const res = await client.post(`/api/statements/${slug}/revisions`, { format: "text", content });
  expect(res.status, res.text).toBe(201);
  return res.body;
};

/** A statement of `client`'s with a tag of theirs on ¶2, revised by `client` to `content`. */
async function tagThenRevise(client: ApiClient, title: string, content: string) {
  const statement = await importStatement(client, { title, content: PLACING_TEXTS.original });
  const at = P2.indexOf(ORPHAN_QUOTE);
  const tag = await annotate(client, statement.slug, { target: { paragraphId: "p2", start: at, end: at + ORPHAN_QUOTE.length } });
  await revise(client, statement.slug, content);
  return { slug: statement.slug as string, statementId: statement.id as string, id: tag.id as string };
}

/** A tag whose words a revision deleted: an orphan (version 2). */
export const orphaned = (client: ApiClient, title = `Placing ${Math.random()}`) => tagThenRevise(client, title, PLACING_TEXTS.corrected);

/** A tag whose words a revision respelt: fuzzy, on the new spelling (version 2). */
export const fuzzy = (client: ApiClient, title = `Fuzzy ${Math.random()}`) => tagThenRevise(client, title, PLACING_TEXTS.respelt);

export const currentVersion = async (client: ApiClient, id: string): Promise<number> => {
  const res = await client.get(`/api/annotations/${id}`);
  expect(res.status, res.text).toBe(200);
  return res.body.annotation.version;
};
