import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type DatabaseHandle, migrate, openDatabase, repoRoot } from "../../apps/api/src/db/database.ts";
import { type CorpusLoad, loadCorpus } from "./corpus-load.ts";
import { applyServerSettings, serverSettings } from "./corpus-server-settings.ts";
import { pickWords, type PickedWords } from "./corpus-words.ts";

/** Raise it when what a load makes changes: caches of another version are loaded again. */
export const CORPUS_DATA_VERSION = 1;

export interface CorpusMarker {
  version: number;
  loadedAt: string;
  load: CorpusLoad;
  words: PickedWords;
}

export interface OpenCorpus {
  database: DatabaseHandle;
  marker: CorpusMarker;
  /** False when this run loaded it. */
  reused: boolean;
  dir: string;
}

/**
 * The corpus of `statements` statements and `annotations` annotations, in an embedded PostgreSQL kept in
 * .verbatim-bench/corpus-<statements>-<annotations>/ (which .gitignore's .verbatim-* pattern leaves out): loaded once,
 * reused by later runs while corpus.json there has this CORPUS_DATA_VERSION. A load that did not finish leaves no marker, and the folder
 * is emptied before the next. Migrations newer than the load are applied on opening, as they would be in production.
 */
export async function openCorpus(statements: number, annotations: number): Promise<OpenCorpus> {
  const dir = path.join(repoRoot, ".verbatim-bench", `corpus-${statements}-${annotations}`);
  const markerFile = path.join(dir, "corpus.json");
  const found = existsSync(markerFile) ? (JSON.parse(readFileSync(markerFile, "utf8")) as CorpusMarker) : null;
  const reused = found?.version === CORPUS_DATA_VERSION;
  if (!reused) rmSync(dir, { recursive: true, force: true });
  let database = await openDatabase({ dataDir: dir, log: () => {} });
  if (await applyServerSettings(database.url, serverSettings())) {
    await database.close();
    database = await openDatabase({ dataDir: dir, log: () => {} });
  }
  try {
    await migrate(database.url, () => {});
    if (reused) return { database, marker: found, reused, dir };
    console.log(
      `loading ${statements.toLocaleString("en")} statements and ${annotations.toLocaleString("en")} annotations into ${path.relative(repoRoot, dir)} (once)`,
    );
    const t0 = performance.now();
    const load = await loadCorpus(database.url, statements, annotations);
    load.seconds["total load"] = (performance.now() - t0) / 1000;
    const words = await pickWords(database.url, load);
    const marker: CorpusMarker = { version: CORPUS_DATA_VERSION, loadedAt: new Date().toISOString(), load, words };
    writeFileSync(markerFile, JSON.stringify(marker));
    return { database, marker, reused, dir };
  } catch (e) {
    await database.close();
    throw e;
  }
}
