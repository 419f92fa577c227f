import { writeVariables, writeVariableValues } from "./case-variables.ts";
import { codesByName, codesOf } from "./annotation-codes.ts";
import { codeTree } from "./code-tree.ts";
import { dateTimeAttr } from "./date-time.ts";
import { derivedGuid, guidOf } from "./guid.ts";
import { kindCodeNodes, targetName } from "./kind-codes.ts";
import { writeNote, writeSelection } from "./selection.ts";
import { sourceText } from "./source-text.ts";
import type { CodebookCode, RefiAnnotation, RefiProjectInput, RefiStatement } from "./types.ts";
import { writeCodes } from "./write-codes.ts";
import { xmlAttr, xmlText } from "./xml-text.ts";

export const PROJECT_NS = "urn:QDA-XML:project:1.0";

/**
 * What REFI-QDA cannot carry, said in the project's Description (which QDA tools show) and at the top of the file.
 */
export const NOT_CARRIED =
  "Exported from Verbatim. Each statement is a text source (its paragraphs, separated by a blank line; the title is its name) " +
  "and a case whose variables are the statement's details. Each annotation is a selection coded with its kind and main " +
  "attribute (Position › urges), the target a cross-reference cites, and its topics and labels; its note is a memo. " +
  "REFI-QDA has no place for review states (proposed, accepted, rejected, disputed), reviewers' decisions and comments, " +
  "discussion threads, an annotation's history and versions, a statement's revisions, or anchors by quote: the review " +
  "status, the author and the reference back to Verbatim are written into each selection's description as text, and " +
  "the rest stays in Verbatim.";

export interface RefiProject {
  qde: string;
  /** The text of each source, at its path in the `.qdpx` (`sources/<guid>.txt`), UTF-8 when written. */
  sources: { path: string; text: string }[];
  /** Annotations left out: their statement is not in the export, or their paragraphs are not in its text. */
  skipped: { annotationId: string; reason: "statement_missing" | "target_not_in_text" }[];
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sourceGuid = (s: RefiStatement) => guidOf("statement", s.id);

/**
 * A Verbatim workspace's statements and annotations as a REFI-QDA project (`project.qde`, Project.xsd) with its
 * sources. Deterministic: everything is sorted and every GUID is an entity's own ID or derived from one, so the same
 * input, in any order, gives the same bytes.
 */
export function projectToQde(input: RefiProjectInput): RefiProject {
  const statements = [...input.statements].sort((a, b) => byKey(a.slug, b.slug) || byKey(a.id, b.id));
  const byId = new Map(statements.map((s) => [s.id, s]));
  const skipped: RefiProject["skipped"] = [];
  const users = new Map<string, string>();
  if (input.exportedBy) users.set(input.exportedBy.id, input.exportedBy.name);
  const codes = new Map<string, CodebookCode>(input.codes.map((c) => [c.id, c]));
  const named = codesByName(input.codes);
  const targets = new Set<string>();

  const placed = new Map<string, { a: RefiAnnotation; span: { start: number; end: number }; reference: string }[]>();
  const texts = new Map(statements.map((s) => [s.id, sourceText(s.paragraphs)]));
  for (const given of [...input.annotations].sort((x, y) => byKey(x.id, y.id))) {
    const a = { ...given, codes: codesOf(given, named) };
    const statement = byId.get(a.statementId);
    const span = statement && texts.get(statement.id)?.locate(a.target);
    if (!statement || !span) {
      skipped.push({ annotationId: a.id, reason: statement ? "target_not_in_text" : "statement_missing" });
      continue;
    }
    users.set(a.author.id, a.author.name);
    if (a.kind === "cross-reference" && targetName(a.attributes.target)) targets.add(targetName(a.attributes.target));
    // A code the codebook no longer lists (deleted since) is still written, at its group's top level, so every CodeRef resolves.
    for (const c of a.codes)
      if (!codes.has(c.id)) codes.set(c.id, { ...c, parentId: null, definition: null, colour: null, status: "active" });
    const list = placed.get(statement.id) ?? [];
    list.push({ a, span, reference: `${statement.slug}#${a.target.paragraphId}` });
    placed.set(statement.id, list);
  }

  const allCodes = [...codes.values()];
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<!-- ${NOT_CARRIED.replace(/--/g, "- -")} -->`,
    `<Project xmlns="${PROJECT_NS}" name="${xmlAttr(input.name)}" origin="Verbatim"${
      input.exportedBy ? ` creatingUserGUID="${guidOf("user", input.exportedBy.id)}"` : ""
    }${dateTimeAttr("creationDateTime", input.exportedAt)}>`,
  ];
  if (users.size > 0) {
    const sorted = [...users].map(([id, name]) => ({ id, name, guid: guidOf("user", id) })).sort((a, b) => byKey(a.guid, b.guid));
    lines.push(
      `  <Users>`,
      ...sorted.map((u) => `    <User guid="${u.guid}" name="${xmlAttr(u.name)}" id="${xmlAttr(u.id)}"/>`),
      `  </Users>`,
    );
  }
  const codeNodes = [...kindCodeNodes([...targets].sort(byKey)), codeTree(allCodes, "topic"), codeTree(allCodes, "label")];
  // Long lists are appended in a loop: spread into push(), 100,000 lines overflow the call stack.
  const append = (more: readonly string[]) => {
    for (const line of more) lines.push(line);
  };
  append([`  <CodeBook>`, `    <Codes>`, ...writeCodes(codeNodes, 3), `    </Codes>`, `  </CodeBook>`]);
  lines.push(`  <Variables>`, ...writeVariables("    "), `  </Variables>`);
  if (statements.length > 0) {
    lines.push(`  <Cases>`);
    for (const s of statements) {
      lines.push(`    <Case guid="${derivedGuid(`case:${s.id}`)}" name="${xmlAttr(s.title)}">`);
      lines.push(...writeVariableValues(s, "      "), `      <SourceRef targetGUID="${sourceGuid(s)}"/>`, `    </Case>`);
    }
    lines.push(`  </Cases>`, `  <Sources>`);
    for (const s of statements) {
      const guid = sourceGuid(s);
      lines.push(`    <TextSource guid="${guid}" name="${xmlAttr(s.title)}" plainTextPath="internal://${guid}.txt">`);
      lines.push(`      <Description>${xmlText(`In Verbatim: ${s.slug}`)}</Description>`);
      const selections = (placed.get(s.id) ?? []).sort(
        (x, y) => x.span.start - y.span.start || x.span.end - y.span.end || byKey(x.a.id, y.a.id),
      );
      for (const p of selections) lines.push(...writeSelection(p.a, p.span, p.reference, "      "));
      lines.push(`    </TextSource>`);
    }
    lines.push(`  </Sources>`);
  }
  const notes = statements.flatMap((s) => (placed.get(s.id) ?? []).flatMap((p) => writeNote(p.a, p.reference, "    ")));
  if (notes.length > 0) append([`  <Notes>`, ...notes, `  </Notes>`]);
  lines.push(`  <Description>${xmlText(NOT_CARRIED)}</Description>`, `</Project>`);

  const sources = statements.map((s) => ({ path: `sources/${sourceGuid(s)}.txt`, text: texts.get(s.id)?.text ?? "" }));
  return { qde: `${lines.join("\n")}\n`, sources, skipped };
}
