// Importing a verbatim record (issue 14, "Quality and performance"): a 200-page Security Council record PDF
// (fixtures/import/bench/record-200-pages.pdf, made by fixtures/import/make/pdf/make-pdf.mjs --bench) uploaded to the
// built API with its own PostgreSQL: previewed (read, laid out, split by speaker), then every turn imported as a
// statement through POST /api/imports/record, a job whose progress is polled and printed. Goal: ≤ 15 s for the import.
// Baseline in the same run: the same turns pasted as text (no PDF to read), imported the same way. Peak API memory
// (RSS of the process, its worker threads included) is sampled throughout. `npm run bench -- import`.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate, openDatabase, repoRoot } from "../apps/api/src/db/database.ts";
import { memoryOf, sampleRss, startApiProcess } from "./support/api-process.ts";
import { seedOverHttp } from "./support/bench-client.ts";

const GOAL_MS = 15_000;
const PDF = path.join(repoRoot, "fixtures/import/bench/record-200-pages.pdf");

interface Turn {
  index: number;
  speaker: string;
  delegation: string | null;
  paragraphs: { text: string }[];
}
interface Preview {
  source: { pages: number };
  record: { symbol: string; forum: string; turns: Turn[] } | null;
}

/** A signed-in session that can send a file: cookie and CSRF header by hand, the multipart body by fetch. */
async function session(baseUrl: string, email: string, password: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  const cookies = login.headers.getSetCookie().map((c) => c.split(";")[0]!);
  const csrf = cookies.find((c) => c.startsWith("verbatim_csrf="))?.split("=")[1] ?? "";
  const headers = { cookie: cookies.join("; "), "x-csrf-token": csrf };
  return async (method: string, url: string, body?: FormData | object) => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (body instanceof FormData) init.body = body;
    else if (body) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)["content-type"] = "application/json";
    }
    const res = await fetch(baseUrl + url, init);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
}

const pdfForm = (bytes: Uint8Array, fields: Record<string, string> = {}) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append("file", new Blob([new Uint8Array(bytes)], { type: "application/pdf" }), "S_PV.9600.pdf");
  return form;
};

type Call = Awaited<ReturnType<typeof session>>;

/** Sends a record import and follows its job to the end, printing each stage's progress as the analyst would see it. */
async function importRecord(call: Call, body: FormData | object, label: string): Promise<{ ms: number; statements: number }> {
  const start = performance.now();
  const res = await call("POST", "/api/imports/record", body);
  if (res.status === 201) return { ms: performance.now() - start, statements: (res.body.statements as unknown[]).length };
  if (res.status !== 202) throw new Error(`${label}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  const id = (res.body.job as { id: string }).id;
  let shown = "";
  for (;;) {
    const { body: polled } = await call("GET", `/api/jobs/${id}`);
    const job = polled.job as {
      state: string;
      progress: { stage: string; done: number; total: number };
      result: { statements: unknown[] } | null;
      error: unknown;
    };
    // The stage as the analyst's progress bar shows it, printed at each new stage and each quarter of it.
    const quarter = job.progress.total === 0 ? 0 : Math.floor((4 * job.progress.done) / job.progress.total);
    const now = `${job.progress.stage} ${quarter}`;
    if (now !== shown) {
      const at = ((performance.now() - start) / 1000).toFixed(1);
      console.log(`  ${label} ${at} s: ${job.progress.stage} ${job.progress.done}/${job.progress.total}`);
    }
    shown = now;
    if (job.state === "succeeded") return { ms: performance.now() - start, statements: job.result!.statements.length };
    if (job.state === "failed") throw new Error(`${label} failed: ${JSON.stringify(job.error)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The turns as pasted text: cover lines, then each marker and its paragraphs. */
function asText(record: NonNullable<Preview["record"]>): string {
  const turns = record.turns.map((t) => {
    const [first, ...rest] = t.paragraphs.map((p) => p.text);
    return [`${t.speaker}${t.delegation ? ` (${t.delegation})` : ""}: ${first ?? ""}`, ...rest].join("\n\n");
  });
  return [`United Nations ${record.symbol}`, `${record.forum}\nSeventy-ninth year`, ...turns].join("\n\n");
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "verbatim-bench-import-"));
const database = await openDatabase({ dataDir, log: () => {} });
try {
  await migrate(database.url, () => {});
  const api = await startApiProcess(database.url);
  try {
    const { email, password } = await seedOverHttp(api.url, "We welcome the report.");
    const call = await session(api.url, email, password);
    const bytes = new Uint8Array(readFileSync(PDF));
    const before = memoryOf(api.pid).rss;
    // Stopped before the API is, whatever happens: a sample of a process that has exited would throw.
    const memory = sampleRss(api.pid);
    let peak = 0;
    const previewStart = performance.now();
    const shown = await call("POST", "/api/imports/preview", pdfForm(bytes));
    const previewMs = performance.now() - previewStart;
    if (shown.status !== 200) {
      memory.stop();
      throw new Error(`preview: ${shown.status} ${JSON.stringify(shown.body).slice(0, 300)}`);
    }
    const preview = shown.body as unknown as Preview;
    if (!preview.record) {
      memory.stop();
      throw new Error("the preview found no meeting record in the PDF");
    }
    const record = preview.record;
    const words = record.turns.reduce((n, t) => n + t.paragraphs.reduce((m, p) => m + p.text.split(/\s+/u).length, 0), 0);
    console.log(
      `${(bytes.length / 1024 / 1024).toFixed(1)} MB PDF, ${preview.source.pages} pages: ${record.turns.length} speaker turns, ${words} words`,
    );
    console.log(`preview (read, lay out, split, answer): ${(previewMs / 1000).toFixed(2)} s`);

    const all = JSON.stringify(record.turns.map((t) => ({ index: t.index })));
    const fromPdf = await importRecord(call, pdfForm(bytes, { turns: all }), "PDF").finally(() => (peak = memory.stop()));
    const baseline = await importRecord(call, { format: "text", content: asText(record), turns: JSON.parse(all) }, "text");

    console.log(`\nbaseline, the same turns pasted as text: ${(baseline.ms / 1000).toFixed(2)} s, ${baseline.statements} statements`);
    console.log(`the record PDF imported and split: ${(fromPdf.ms / 1000).toFixed(2)} s, ${fromPdf.statements} statements`);
    console.log(`ratio to baseline: ${(fromPdf.ms / baseline.ms).toFixed(2)}×`);
    console.log(`goal ≤ ${GOAL_MS / 1000} s: ${fromPdf.ms <= GOAL_MS ? "met" : "NOT met"}`);
    console.log(`API memory: ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB during the preview and the import`);
  } finally {
    await api.stop();
  }
} finally {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}
