// Import quality (issue 14, "Quality and performance"): every fixture in fixtures/import/ read as the API's preview reads
// it (readImport, the work-pool task, in-process), scored against what a careful reader found in it: header lines
// leaking into paragraphs (goal 0), title, speaker, date and forum found (goal ≥ 90%), speaker turns found in the
// verbatim records (goal ≥ 98%), paragraph boundaries right. `npm run bench -- import-corpus`.
import { presentPreview } from "../apps/api/src/features/imports/presenters.ts";
import { readImport } from "../apps/api/src/features/imports/read-import.ts";
import { corpusFigures, type CorpusScore, loadCorpus, scorePreview } from "../apps/api/test/support/import-corpus.ts";

const share = (found: number, of: number) => `${found}/${of} (${of === 0 ? "–" : ((100 * found) / of).toFixed(1)}%)`;

const corpus = loadCorpus();
const scores: CorpusScore[] = [];
for (const file of corpus) {
  const reading = await readImport({ file: { name: file.name, mediaType: "", bytes: file.bytes }, record: true });
  const score = scorePreview(file, presentPreview(reading, []));
  scores.push(score);
  const misses = [
    ...score.leaked.map((l) => `leaked "${l}"`),
    ...score.fields.filter((f) => f.found !== f.expected).map((f) => `${f.field}: "${f.found}" ≠ "${f.expected}"`),
    ...score.turns.wrong.map((t) => `turn ${t} missed`),
    ...(score.paragraphs.right < score.paragraphs.expected
      ? [`paragraph starts ${score.paragraphs.right}/${score.paragraphs.expected}`]
      : []),
  ];
  console.log(`${misses.length === 0 ? "ok  " : "MISS"} ${file.name}${misses.length ? `: ${misses.join("; ")}` : ""}`);
}
const f = corpusFigures(scores);
const kinds = (ext: string) => corpus.filter((c) => c.name.endsWith(ext)).length;
console.log(
  `\n${f.files} files: ${kinds(".txt")} .txt, ${kinds(".md")} .md, ${kinds(".html")} .html, ${kinds(".docx")} .docx, ${kinds(".pdf")} .pdf`,
);
console.log(`header lines leaking into paragraphs: ${share(f.headerLines.leaked, f.headerLines.of)} (goal 0)`);
console.log(`title, speaker, date, forum (and symbol) found: ${share(f.fields.found, f.fields.of)} (goal ≥ 90%)`);
for (const [field, { found, of }] of Object.entries(f.fields.byField)) console.log(`  ${field}: ${share(found, of)}`);
console.log(`speaker turns found in the verbatim records: ${share(f.turns.found, f.turns.of)} (goal ≥ 98%)`);
console.log(`paragraph boundaries right: ${share(f.paragraphStarts.right, f.paragraphStarts.of)}`);
