import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const onPath = (command: string): boolean => {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

/**
 * Converts a DOCX brief with LibreOffice (proof that it opens) and renders its first pages to PNG with
 * pdftoppm; returns the PNG paths, or null when either tool is missing.
 */
export function renderBriefPages(docx: Buffer, outDir: string, pages = 2): string[] | null {
  if (!onPath("libreoffice") || !onPath("pdftoppm")) return null;
  const work = mkdtempSync(path.join(os.tmpdir(), "verbatim-brief-"));
  try {
    const file = path.join(work, "brief.docx");
    writeFileSync(file, docx);
    // A profile of its own, so that a LibreOffice already running for the user does not take the job.
    const profile = `file://${path.join(work, "profile")}`;
    execFileSync("libreoffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", work, file], {
      stdio: "pipe",
      timeout: 180_000,
    });
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", String(pages), path.join(work, "brief.pdf"), path.join(work, "page")]);
    mkdirSync(outDir, { recursive: true });
    const rendered = readdirSync(work)
      .filter((f) => /^page-\d+\.png$/.test(f))
      .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
    return rendered.map((f, i) => {
      const target = path.join(outDir, `export-brief-page${i + 1}.png`);
      copyFileSync(path.join(work, f), target);
      return target;
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
