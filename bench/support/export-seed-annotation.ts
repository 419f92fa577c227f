import { randomUUID } from "node:crypto";
import type { Columns } from "./export-seed.ts";
import * as V from "./export-vocabulary.ts";

function sentenceSpans(text: string): [number, number][] {
  const spans = [...text.matchAll(/[A-Z][^.]{20,}\./g)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  return spans.length > 0 ? spans : [[0, text.length]];
}

export interface AnnotationContext {
  statementId: string;
  workspaceId: string;
  texts: string[];
  users: { id: string }[];
  slugs: string[];
  ann: Columns;
  rvw: Columns;
  push(cols: Columns, row: Record<string, unknown>): void;
}

/** One annotation on a sentence of a random paragraph, with plausible attributes, labels and note, and a review unless proposed. */
export function addAnnotation(random: V.Random, c: AnnotationContext): void {
  const index = 1 + Math.floor(random.next() * (c.texts.length - 2));
  const text = c.texts[index]!;
  const [start, end] = random.pick(sentenceSpans(text));
  const roll = random.next();
  const kind = roll < 0.5 ? "position" : roll < 0.75 ? "commitment" : "cross-reference";
  const attributes =
    kind === "position"
      ? {
          stance: random.pick(V.STANCES),
          topics: random.chance(0.6) ? [random.pick(V.TOPICS)] : [],
          ...(random.chance(0.3) ? { actor: "Member States" } : {}),
        }
      : kind === "commitment"
        ? { strength: random.pick(V.STRENGTHS), action: random.pick(V.ACTIONS) }
        : {
            target:
              random.chance(0.15) && c.slugs.length > 1
                ? `${random.pick(c.slugs)}#p${2 + Math.floor(random.next() * 10)}`
                : random.pick(V.TARGETS),
            relation: random.pick(V.RELATIONS),
          };
  const labels = random.chance(0.5) ? [random.pick(V.LABELS)] : random.chance(0.3) ? [random.pick(V.LABELS), random.pick(V.LABELS)] : [];
  const status =
    roll < 0.5
      ? random.pick(["proposed", "proposed", "accepted", "accepted", "rejected", "disputed"])
      : random.pick(["proposed", "accepted"]);
  const createdAt = new Date(Date.UTC(2024, 0, 1) + Math.floor(random.next() * 365 * 86_400_000));
  const id = randomUUID();
  c.push(c.ann, {
    id,
    workspace_id: c.workspaceId,
    statement_id: c.statementId,
    revision: 1,
    anchor_revision: 1,
    kind,
    paragraph_id: `p${index + 1}`,
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    attributes: JSON.stringify(attributes),
    labels: `{${[...new Set(labels)].map((l) => `"${l}"`).join(",")}}`,
    note_text: random.chance(0.3) ? random.pick(V.NOTES) : null,
    status,
    version: status === "proposed" ? 1 : 2,
    author_id: c.users[1 + Math.floor(random.next() * 4)]!.id,
    created_at: createdAt,
    updated_at: createdAt,
  });
  if (status !== "proposed") {
    c.push(c.rvw, {
      id: randomUUID(),
      annotation_id: id,
      statement_id: c.statementId,
      reviewer_id: c.users[5 + Math.floor(random.next() * 2)]!.id,
      status,
      comment: random.pick(V.REVIEW_COMMENTS),
      annotation_version: 2,
      created_at: new Date(createdAt.getTime() + 86_400_000),
    });
  }
}
