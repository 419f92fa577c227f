// CI step: imports ../shared's fixture statements through the API, checks what the import made of them,
// annotates them and validates a W3C export with the shared conformance checker. The same checker also
// validates the W3C documents the tests checked structurally, which they keep in VERBATIM_W3C_EXPORTS_DIR
// when it is set (`.ci/run` sets it for `npm test`; see apps/api/test/support/w3c-checker.ts).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../apps/api/src/config.ts";
import { repoRoot } from "../apps/api/src/db/database.ts";
import { startServer } from "../apps/api/src/server.ts";

const shared = path.resolve(process.argv[2] ?? "../shared");
const testExports = process.env.VERBATIM_W3C_EXPORTS_DIR;
/** What the tests keep there: core's fixture collection, and the API's exports in exports-w3c and imports-w3c. */
const TEST_EXPORTS = ["core-collection", "api-export-workspace", "api-export-empty", "api-export-through-another-workspace"];
const dataDir = mkdtempSync(path.join(os.tmpdir(), "verbatim-fixtures-"));
const config = { ...loadConfig({ ...process.env, DATABASE_URL: "", PORT: "0", LOG_LEVEL: "warn" }, repoRoot), dataDir };
const running = await startServer(config);
let cookies = "";
let csrf = "";
let failures = 0;

async function api(method: string, url: string, body?: unknown) {
  const res = await fetch(running.url + url, {
    method,
    headers: { "content-type": "application/json", cookie: cookies, "x-csrf-token": csrf },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  for (const c of res.headers.getSetCookie()) {
    const pair = c.split(";")[0] ?? "";
    cookies = [cookies, pair].filter(Boolean).join("; ");
    if (pair.startsWith("verbatim_csrf=")) csrf = pair.slice("verbatim_csrf=".length);
  }
  const text = await res.text();
  if (res.status >= 400) throw new Error(`${method} ${url} → ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

function check(ok: boolean, what: string) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures++;
}

interface Block {
  id: string;
  kind: string;
  text: string;
}

try {
  await api("POST", "/api/setup", { workspaceName: "CI", name: "CI", email: "ci@example.org", password: "ci-password-long-enough" });
  const read = (f: string) => readFileSync(path.join(shared, "fixtures/statements", f), "utf8");

  const china = (
    await api("POST", "/api/statements", { title: "China at the UNSC on TOC", format: "text", content: read("china-unsc-toc-2023.txt") })
  ).statement;
  const cp: Block[] = china.paragraphs;
  check(
    cp.every((b) => b.kind === "paragraph"),
    "china: only paragraphs",
  );
  check(cp.map((b) => b.id).join() === cp.map((_, i) => `p${i + 1}`).join(), `china: p1…p${cp.length} in order`);
  check(cp[0]?.text === "Mr. President,", "china: speech starts at 'Mr. President,'");
  check(cp.at(-1)?.text === "Thank you, Mr. President.", "china: speech ends at 'Thank you, Mr. President.'");
  check(
    !cp.some((b) => /Suggest to a friend|Meetings & Statements|Highlights of the Security Council/.test(b.text)),
    "china: navigation and footer dropped",
  );
  check(
    china.importReport.dropped.some((d: { text: string }) => /Suggest to a friend/.test(d.text)),
    "china: the dropped footer is kept in the import record",
  );

  const apg = (await api("POST", "/api/statements", { title: "APG at CCPCJ 32", format: "markdown", content: read("apg-ccpcj32-2023.md") }))
    .statement;
  const ab: Block[] = apg.paragraphs;
  const headings = ab.filter((b) => b.kind === "heading").map((b) => b.text);
  check(
    ["Kyoto Declaration", "Transnational Organised Crime", "Corruption", "Trafficking In Persons", "Terrorism", "Cybercrime"].every((h) =>
      headings.includes(h),
    ),
    `apg: section headings as headings (${headings.join(" | ")})`,
  );
  check(
    ab.filter((b) => b.kind === "heading").every((b) => /^h\d+$/.test(b.id)),
    "apg: headings have h… IDs",
  );
  check(!ab.some((b) => b.text.includes("*") || b.text.includes("\\")), "apg: no Markdown markup left");

  const annotate = (slug: string, body: unknown) => api("POST", `/api/statements/${slug}/annotations`, body);
  const span = (blocks: Block[], id: string, words: string) => {
    const text = blocks.find((b) => b.id === id)?.text ?? "";
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" not in ${id}`);
    return { paragraphId: id, start, end: start + words.length, exact: words };
  };
  const p = (blocks: Block[], n: number) => blocks.filter((b) => b.kind === "paragraph")[n - 1]!.id;
  await annotate(china.slug, {
    kind: "position",
    target: span(cp, p(cp, 2), "I welcome Ecuador's convening of today's meeting"),
    attributes: { stance: "welcomes" },
    labels: ["procedure"],
  });
  await annotate(china.slug, {
    kind: "commitment",
    target: span(cp, p(cp, 6), "China will continue to offer such help"),
    attributes: { strength: "pledge", actor: "China" },
    note: "Capacity-building pledge",
  });
  await annotate(apg.slug, {
    kind: "cross-reference",
    target: span(ab, ab.find((b) => b.text.includes("74/247"))!.id, "UNGA Resolution 74/247"),
    attributes: { target: "A/RES/74/247", relation: "cites" },
  });
  await annotate(apg.slug, {
    kind: "cross-reference",
    target: span(ab, ab.find((b) => b.text.includes("(UNTOC)"))!.id, "UN Convention against Transnational Organized Crime (UNTOC)"),
    attributes: { target: "UNTOC", relation: "reaffirms" },
  });
  const first = ab.filter((b) => b.kind === "paragraph");
  await annotate(apg.slug, {
    kind: "position",
    target: { paragraphId: first[1]!.id, start: 0, end: 20, endParagraphId: first[2]!.id },
    attributes: { stance: "supports", topics: ["UNODC"] },
    note: {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Spans two paragraphs", marks: [{ type: "bold" }] }] }],
    },
  });

  const collection = await api("GET", `/api/exports?format=w3c&statement=${china.slug},${apg.slug}`);
  check(collection.total === 5, "w3c export holds the 5 annotations");
  const file = path.join(dataDir, "export.jsonld");
  writeFileSync(file, JSON.stringify(collection, null, 2));
  const files = [file];
  if (testExports) {
    const kept = existsSync(testExports) ? readdirSync(testExports).filter((f) => f.endsWith(".jsonld")) : [];
    const missing = TEST_EXPORTS.filter((name) => !kept.includes(`${name}.jsonld`));
    check(
      missing.length === 0,
      `the tests kept their W3C documents in ${testExports}${missing.length ? ` (missing: ${missing.join(", ")})` : ""}`,
    );
    files.push(...kept.sort().map((f) => path.join(testExports, f)));
  }
  const names = files.map((f) => path.basename(f)).join(", ");
  try {
    console.log(
      execFileSync(process.execPath, [path.join(shared, "conformance/check-w3c-annotations.mjs"), ...files], {
        cwd: repoRoot,
        encoding: "utf8",
      }).trim(),
    );
    check(true, `W3C annotation-model MUSTs: ${names}`);
  } catch (e) {
    console.log((e as { stdout?: string }).stdout ?? e);
    check(false, `W3C annotation-model MUSTs: ${names}`);
  }
} catch (e) {
  console.error(e);
  failures++;
} finally {
  await running.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(`shared fixtures: ${failures === 0 ? "all checks passed" : `${failures} check(s) failed`}`);
process.exit(failures === 0 ? 0 : 1);
