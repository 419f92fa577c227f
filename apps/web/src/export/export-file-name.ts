import type { ExportFormat } from "@verbatim/contract";

export const EXTENSIONS: Record<ExportFormat, string> = {
  docx: "docx",
  md: "md",
  html: "html",
  csv: "csv",
  json: "json",
  w3c: "jsonld",
  qdpx: "qdpx",
  qdc: "qdc",
};

/**
 * The file name a `Content-Disposition` header gives, preferring the RFC 5987 `filename*` (UTF-8, percent-encoded)
 * over the plain `filename`. Folders are stripped, since the name comes from the network.
 */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2]) {
    try {
      return safe(decodeURIComponent(extended[2].trim().replace(/^"|"$/g, "")));
    } catch {
      // A malformed encoding falls back to the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:\\.|[^"\\])*)"|([^;]+))/i.exec(header);
  const name = plain?.[1]?.replace(/\\(.)/g, "$1") ?? plain?.[2]?.trim();
  return name ? safe(name) : null;
}

export function defaultFileName(format: ExportFormat, today = new Date()): string {
  return `verbatim-export-${today.toISOString().slice(0, 10)}.${EXTENSIONS[format]}`;
}

function safe(name: string): string | null {
  const base = name.split(/[/\\]/).pop()?.trim() ?? "";
  return base && base !== "." && base !== ".." ? base : null;
}
