import type { ExportFilters, ExportFormat, ExportQuery } from "@verbatim/contract";
import { ANNOTATION_KINDS, type BriefLayout, type CitationStyle, REVIEW_STATUSES } from "@verbatim/core";
import type { z } from "zod";
import { UNCITED_FORMATS } from "./export-formats.ts";
import type { ExportOptions, ExportSelection } from "./export-selection.ts";

/** The filters as query-string values, exactly as `GET /api/exports` and its preview read them. */
export type ExportFilterParams = { [K in keyof z.input<typeof ExportFilters>]?: Extract<z.input<typeof ExportFilters>[K], string> };
/** What the preview asks: the filters, and the citation style its excerpts are shown in. */
export type ExportPreviewParams = ExportFilterParams & { citation?: CitationStyle };
export type ExportParams = ExportPreviewParams & { format: ExportFormat; bom?: "true"; layout?: BriefLayout };
/**
 * What a download asks `GET /api/exports`: the dialog's parameters, or the corpus's filters (passages, the matrix)
 * with their values as lists, each sent as the parameter repeated.
 */
export type DownloadParams = Omit<z.input<typeof ExportQuery>, "format"> & { format: ExportFormat };

const joined = (list: readonly string[]): string | undefined => (list.length > 0 ? list.join(",") : undefined);
const trimmed = (text: string): string | undefined => text.trim() || undefined;

/**
 * The dialog's filters as query parameters. A filter that selects everything is left out, so the URL says only
 * what narrows the export; attribute filters travel only with their kind, since their fields are hidden otherwise.
 */
export function filterParams(s: ExportSelection): ExportFilterParams {
  const kinds = s.kinds.length === ANNOTATION_KINDS.length ? [] : s.kinds;
  const statuses = !s.allStatuses ? ["accepted"] : s.statuses.length === REVIEW_STATUSES.length ? [] : s.statuses;
  const has = (kind: (typeof ANNOTATION_KINDS)[number]) => s.kinds.includes(kind);
  const params: ExportFilterParams = {
    statement: joined(s.statements.map((st) => st.slug)),
    status: joined(statuses),
    kind: joined(kinds),
    stance: has("position") ? joined(s.stances) : undefined,
    topic: has("position") ? trimmed(s.topic) : undefined,
    strength: has("commitment") ? joined(s.strengths) : undefined,
    relation: has("cross-reference") ? joined(s.relations) : undefined,
    target: has("cross-reference") ? trimmed(s.target) : undefined,
    label: joined(s.labels),
    author: joined(s.authors),
    from: s.from || undefined,
    to: s.to || undefined,
  };
  return withoutEmpty(params);
}

/** The filters and, unless it is the default (full), the citation style. */
export function previewParams(s: ExportSelection, options: Pick<ExportOptions, "citation">): ExportPreviewParams {
  return options.citation === "full" ? filterParams(s) : { ...filterParams(s), citation: options.citation };
}

/** The filters and the options that apply to the format, each left out when it is the default. */
export function exportParams(s: ExportSelection, options: ExportOptions): ExportParams {
  const params: ExportParams = {
    ...(UNCITED_FORMATS.has(options.format) ? filterParams(s) : previewParams(s, options)),
    format: options.format,
  };
  if (options.format === "csv" && options.bom) params.bom = "true";
  if (options.format === "docx" && options.layout !== "standard") params.layout = options.layout;
  return params;
}

/** A stable text for a set of parameters: the preview's cache key, and what its debounce waits on. */
export function paramsKey(params: ExportPreviewParams): string {
  const sorted = Object.entries(params).sort(([a], [b]) => a.localeCompare(b));
  return new URLSearchParams(sorted as [string, string][]).toString();
}

export function paramsFromKey(key: string): ExportPreviewParams {
  return Object.fromEntries(new URLSearchParams(key)) as ExportPreviewParams;
}

function withoutEmpty<T extends object>(params: T): T {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as T;
}
