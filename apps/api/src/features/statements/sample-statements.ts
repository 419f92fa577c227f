import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { importStatement } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { repoRoot } from "../../db/database.ts";
import { createStatement } from "./create-statement.ts";
import { readStatement } from "./read-statement.ts";

export interface SampleStatement {
  key: string;
  title: string;
  delegation: string | null;
  content: string;
}

const samplesDir = path.join(repoRoot, "apps", "api", "samples");
let cache: Promise<SampleStatement[]> | null = null;

/** The invented statements shipped in apps/api/samples, offered at first-run setup. */
export function sampleStatements(): Promise<SampleStatement[]> {
  cache ??= (async () => {
    const files = (await readdir(samplesDir)).filter((f) => f.endsWith(".md") && f !== "README.md").sort();
    return Promise.all(
      files.map(async (file) => {
        const content = await readFile(path.join(samplesDir, file), "utf8");
        const { metadata } = importStatement(content, "markdown");
        return { key: file.replace(/\.md$/, ""), title: metadata.title ?? file, delegation: metadata.delegation ?? null, content };
      }),
    );
  })();
  return cache;
}

/** Our own few small files, read on the request's thread: they are known to take a few milliseconds. */
export async function loadSampleStatements(db: Db, actor: Actor): Promise<number> {
  const samples = await sampleStatements();
  for (const s of samples) {
    const input = { title: s.title, format: "markdown" as const, content: s.content };
    await createStatement(db, { actor, input, read: readStatement(input) });
  }
  return samples.length;
}
