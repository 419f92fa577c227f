import { sampleStatements } from "../../apps/api/src/features/statements/sample-statements.ts";

/** What an analyst would tag in the shipped sample statements: a phrase, its kind and attributes, and how it was reviewed. */
const TAGS: { phrase: string; kind: string; attributes: Record<string, unknown>; labels?: string[]; note?: string; review?: string }[] = [
  {
    phrase: "welcomes the steady work of the Office on Drugs and Crime",
    kind: "position",
    attributes: { stance: "welcomes" },
    review: "accepted",
  },
  {
    phrase: "We reaffirm our support for the United Nations Convention against Transnational Organized Crime and its Protocols",
    kind: "position",
    attributes: { stance: "reaffirms", topics: ["organized crime"] },
    labels: ["toc"],
    review: "accepted",
  },
  {
    phrase: "United Nations Convention against Transnational Organized Crime",
    kind: "cross-reference",
    attributes: { target: "UNTOC", relation: "reaffirms" },
    review: "accepted",
  },
  {
    phrase:
      "Arcadia will complete its self-assessment under the Mechanism for the Review of the Implementation of the Convention before the end of this year",
    kind: "commitment",
    attributes: { strength: "pledge", action: "complete its self-assessment" },
    note: "A date we can hold them to at the next session.",
    review: "accepted",
  },
  {
    phrase: "We are concerned that too few States Parties have received the technical assistance identified in their reviews",
    kind: "position",
    attributes: { stance: "concerned", topics: ["technical assistance"] },
    review: "accepted",
  },
  { phrase: "we urge donors to close this gap", kind: "position", attributes: { stance: "urges", actor: "donors" }, review: "disputed" },
  {
    phrase: "We call on all States to ratify and implement the Firearms Protocol",
    kind: "position",
    attributes: { stance: "urges", topics: ["firearms"] },
    labels: ["priority"],
    review: "accepted",
  },
  { phrase: "Firearms Protocol", kind: "cross-reference", attributes: { target: "UNTOC-FIREARMS", relation: "cites" } },
  {
    phrase: "we pledge to host a regional workshop on marking and tracing in 2025",
    kind: "commitment",
    attributes: { strength: "pledge", action: "host a regional workshop" },
    labels: ["follow-up"],
    review: "accepted",
  },
  {
    phrase: "General Assembly resolution 55/255",
    kind: "cross-reference",
    attributes: { target: "A/RES/55/255", relation: "implements" },
    review: "accepted",
  },
  {
    phrase: "Borealis welcomes the adoption of the United Nations Convention against Cybercrime",
    kind: "position",
    attributes: { stance: "welcomes", topics: ["cybercrime"] },
    review: "accepted",
  },
  {
    phrase: "intends to sign it at the earliest opportunity",
    kind: "commitment",
    attributes: { strength: "aspiration", action: "sign the Convention" },
    review: "accepted",
  },
  { phrase: "resolution 74/247", kind: "cross-reference", attributes: { target: "A/RES/74/247", relation: "cites" }, review: "accepted" },
  {
    phrase: "we remain concerned that some provisions could be misused to restrict legitimate speech",
    kind: "position",
    attributes: { stance: "concerned", topics: ["human rights"] },
    note: "Same reservation as in the Ad Hoc Committee's final session.",
    review: "accepted",
  },
  {
    phrase:
      "Borealis commits to provide two million euros over three years for training prosecutors in developing countries to handle electronic evidence",
    kind: "commitment",
    attributes: { strength: "pledge", action: "fund training for prosecutors" },
    labels: ["capacity-building"],
    review: "accepted",
  },
  {
    phrase: "We oppose any attempt to use this Council's agenda to single out particular States",
    kind: "position",
    attributes: { stance: "opposes" },
    review: "rejected",
  },
  {
    phrase: "we condemn the ransomware attacks on hospitals reported in recent months",
    kind: "position",
    attributes: { stance: "condemns", topics: ["cybercrime"] },
    review: "accepted",
  },
  {
    phrase: "The Group reaffirms its commitment to the three international drug control conventions",
    kind: "position",
    attributes: { stance: "reaffirms", topics: ["drugs"] },
    review: "accepted",
  },
  {
    phrase: "article 17 of the 1988 Convention on illicit traffic by sea",
    kind: "cross-reference",
    attributes: { target: "ILLICIT-TRAFFIC-1988", relation: "cites" },
    review: "accepted",
  },
  {
    phrase: "The Group notes with concern the growing use of semi-submersible vessels",
    kind: "position",
    attributes: { stance: "concerned", topics: ["drugs"] },
  },
  {
    phrase: "We support closer cooperation between coastguards, port authorities and customs",
    kind: "position",
    attributes: { stance: "supports" },
    review: "accepted",
  },
  {
    phrase: "we welcome the Container Control Programme's work in our ports",
    kind: "position",
    attributes: { stance: "welcomes" },
    review: "accepted",
  },
  {
    phrase: "Our members will share boarding and seizure data through a common regional platform from next year",
    kind: "commitment",
    attributes: { strength: "pledge", action: "share seizure data" },
    labels: ["regional"],
    review: "accepted",
  },
  { phrase: "will aspire to joint patrols by 2027", kind: "commitment", attributes: { strength: "aspiration", action: "joint patrols" } },
];

type Api = <T>(method: string, path: string, body?: unknown) => Promise<T>;
interface Created {
  statement: { slug: string; paragraphs: { id: string; text: string }[] };
}

/** Imports the sample statements through the API, tags them as an analyst would and reviews the tags; returns their slugs. */
export async function tagSampleStatements(api: Api, reviewer: Api): Promise<{ slugs: string[]; excerpts: number }> {
  const slugs: string[] = [];
  let excerpts = 0;
  for (const sample of await sampleStatements()) {
    const { statement } = await api<Created>("POST", "/api/statements", {
      title: sample.title,
      format: "markdown",
      content: sample.content,
    });
    slugs.push(statement.slug);
    for (const tag of TAGS) {
      const paragraph = statement.paragraphs.find((p) => p.text.includes(tag.phrase));
      if (!paragraph) continue;
      const start = paragraph.text.indexOf(tag.phrase);
      const { annotation } = await api<{ annotation: { id: string; version: number } }>(
        "POST",
        `/api/statements/${statement.slug}/annotations`,
        {
          kind: tag.kind,
          target: { paragraphId: paragraph.id, start, end: start + tag.phrase.length },
          attributes: tag.attributes,
          labels: tag.labels ?? [],
          ...(tag.note ? { note: tag.note } : {}),
        },
      );
      if (tag.review)
        await reviewer("POST", `/api/annotations/${annotation.id}/reviews`, { status: tag.review, version: annotation.version });
      excerpts++;
    }
  }
  return { slugs, excerpts };
}
