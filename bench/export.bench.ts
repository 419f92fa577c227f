// Export: 100,000 annotations across 200 statements, streamed as CSV and as W3C JSON-LD by the API running as
// a process of its own. Goals: ≥ 50,000 annotations/s and peak RSS ≤ 200 MB each; a Word brief of 2,000
// excerpts in ≤ 5 s. Then, when LibreOffice is installed, a brief of the sample statements rendered to PNG.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate, openDatabase, repoRoot } from "../apps/api/src/db/database.ts";
import { cpuSecondsOf, memoryOf, resetPeak, sampleRss, startApiProcess } from "./support/api-process.ts";
import { fetchToNowhere } from "./support/fetch-to-nowhere.ts";
import { seedExportWorkspace } from "./support/export-seed.ts";
import { renderBriefPages } from "./support/render-brief.ts";
import { tagSampleStatements } from "./support/sample-brief.ts";
import { median } from "./support/stats.ts";

const STATEMENTS = Number(process.env.BENCH_STATEMENTS ?? 200);
const PER_STATEMENT = Number(process.env.BENCH_PER_STATEMENT ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DOCX_EXCERPTS = 2_000;

interface Download {
  count: number;
  bytes: number;
  seconds: number;
  /** CPU time of the API process during the export. */
  cpuSeconds: number;
  /** RSS just before the request, and the highest while it ran. */
  rssBeforeMb: number;
  peakMb: number;
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "verbatim-bench-export-"));
const database = await openDatabase({ dataDir, log: () => {} });
try {
  await migrate(database.url, () => {});
  let t0 = performance.now();
  const seeded = await seedExportWorkspace(database.url, STATEMENTS, PER_STATEMENT);
  console.log(
    `seeded ${seeded.annotations.toLocaleString("en")} annotations across ${STATEMENTS} statements in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  const api = await startApiProcess(database.url);
  const headers = { authorization: `Bearer ${seeded.token}` };
  try {
    console.log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(", ")} on ${os.cpus().length} CPUs`,
    );
    const exact = resetPeak(api.pid);
    console.log(
      `API process ${api.pid}: ${memoryOf(api.pid).rss.toFixed(0)} MB RSS at rest; peak RSS ${exact ? "from VmHWM, reset before each export" : "sampled every 20 ms"}`,
    );

    /** Downloads an export to nowhere, timing from the request to its last byte. */
    async function download(query: string): Promise<Download> {
      resetPeak(api.pid);
      const rssBeforeMb = memoryOf(api.pid).rss;
      const cpu = cpuSecondsOf(api.pid);
      const sampler = sampleRss(api.pid);
      const start = performance.now();
      const { count, bytes } = await fetchToNowhere(`${api.url}/api/exports?${query}`, headers);
      const seconds = (performance.now() - start) / 1000;
      const sampled = sampler.stop();
      const peakMb = exact ? memoryOf(api.pid).peak : sampled;
      return {
        count,
        bytes,
        seconds,
        cpuSeconds: cpuSecondsOf(api.pid) - cpu,
        rssBeforeMb,
        peakMb,
      };
    }

    // The first request pays for what the app loads lazily (Prisma's query compiler among it), as any running server has.
    await download(`format=csv&statement=${seeded.slugs[0]}`);
    console.log(`API process after its first request: ${memoryOf(api.pid).rss.toFixed(0)} MB RSS`);
    const results: Record<string, unknown> = {};
    for (const [name, query] of [
      ["csv", "format=csv"],
      ["w3c", "format=w3c"],
    ] as const) {
      const runs: Download[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await download(query));
      const rate = median(runs.map((r) => r.count / r.seconds));
      const cpuRate = median(runs.map((r) => r.count / r.cpuSeconds));
      const peak = Math.max(...runs.map((r) => r.peakMb));
      const added = Math.max(...runs.map((r) => r.peakMb - r.rssBeforeMb));
      const met = rate >= 50_000 && peak <= 200;
      console.log(
        `${name.toUpperCase().padEnd(4)} ${runs[0]!.count.toLocaleString("en")} annotations, ${(runs[0]!.bytes / 1e6).toFixed(0)} MB: ` +
          `${Math.round(rate).toLocaleString("en")} annotations/s (median of ${RUNS}; ${runs.map((r) => r.seconds.toFixed(2)).join(", ")} s; ` +
          `${Math.round(cpuRate).toLocaleString("en")}/s of API CPU time), peak RSS ${peak.toFixed(0)} MB, ${added.toFixed(0)} MB over the ` +
          `${Math.min(...runs.map((r) => r.rssBeforeMb)).toFixed(0)} MB before the request (goal ≥ 50,000/s, ≤ 200 MB) ${met ? "MET" : "NOT MET"}`,
      );
      results[name] = { annotationsPerSecond: rate, apiCpuAnnotationsPerSecond: cpuRate, peakRssMb: peak, addedRssMb: added, runs };
    }

    const docxQuery = `format=docx&statement=${seeded.slugs.slice(0, Math.ceil(DOCX_EXCERPTS / PER_STATEMENT)).join(",")}`;
    const docxRuns: Download[] = [];
    for (let i = 0; i < RUNS; i++) docxRuns.push(await download(docxQuery));
    const docxSeconds = median(docxRuns.map((r) => r.seconds));
    console.log(
      `DOCX ${docxRuns[0]!.count.toLocaleString("en")} excerpts, ${(docxRuns[0]!.bytes / 1e6).toFixed(1)} MB: ${docxSeconds.toFixed(2)} s ` +
        `(median of ${RUNS}), peak RSS ${Math.max(...docxRuns.map((r) => r.peakMb)).toFixed(0)} MB (goal ≤ 5 s) ${docxSeconds <= 5 ? "MET" : "NOT MET"}`,
    );
    results.docx = { seconds: docxSeconds, runs: docxRuns };

    t0 = performance.now();
    const caller =
      (token: string) =>
      async <T>(method: string, url: string, body?: unknown): Promise<T> => {
        const init = {
          method,
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify(body),
        };
        const res = await fetch(api.url + url, init);
        if (res.status >= 400) throw new Error(`${method} ${url} → ${res.status} ${await res.text()}`);
        return (await res.json()) as T;
      };
    const samples = await tagSampleStatements(caller(seeded.token), caller(seeded.reviewerToken));
    const brief = await fetch(`${api.url}/api/exports?format=docx&statement=${samples.slugs.join(",")}`, { headers });
    const pages = renderBriefPages(Buffer.from(await brief.arrayBuffer()), path.join(repoRoot, "docs", "screenshots"));
    if (pages)
      console.log(
        `brief of ${samples.excerpts} sample excerpts opened in LibreOffice and rendered to ${pages.map((p) => path.relative(repoRoot, p)).join(", ")} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
    else console.log("brief rendering skipped: libreoffice or pdftoppm is not on PATH");

    mkdirSync("bench-results", { recursive: true });
    writeFileSync(
      "bench-results/export.json",
      JSON.stringify({ statements: STATEMENTS, annotations: seeded.annotations, ...results }, null, 2),
    );
  } finally {
    await api.stop();
  }
} finally {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}
