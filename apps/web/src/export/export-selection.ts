import type { ExportFormat } from "@verbatim/contract";
import type {
  AnnotationKind,
  BriefLayout,
  CitationStyle,
  CommitmentStrength,
  CrossReferenceRelation,
  ReviewStatus,
  Stance,
} from "@verbatim/core";
import { REVIEW_STATUSES } from "@verbatim/core";

export interface StatementChoice {
  slug: string;
  title: string;
}

/** What the export dialog's filters hold. Empty lists mean "no filter", except where noted. */
export interface ExportSelection {
  /** None: the whole workspace. */
  statements: StatementChoice[];
  /** None: every kind. */
  kinds: AnnotationKind[];
  /** Off: accepted annotations only, which is what goes into a brief by default. */
  allStatuses: boolean;
  /** Which statuses, once `allStatuses` is on; at least one is needed. */
  statuses: ReviewStatus[];
  /** Position, commitment and cross-reference attributes; each applies only while its kind is ticked. */
  stances: Stance[];
  topic: string;
  strengths: CommitmentStrength[];
  relations: CrossReferenceRelation[];
  target: string;
  labels: string[];
  /** Members whose annotations to export; none: everyone's. */
  authors: string[];
  /** Statement dates, `YYYY-MM-DD` or empty. */
  from: string;
  to: string;
}

export interface ExportOptions {
  format: ExportFormat;
  /** CSV only: a UTF-8 byte order mark, so that Excel reads accents and non-Latin scripts correctly. */
  bom: boolean;
  /** Every format but W3C; the preview shows it too. */
  citation: CitationStyle;
  /** Word only. */
  layout: BriefLayout;
}

export function initialSelection(statements: readonly StatementChoice[] = []): ExportSelection {
  return {
    statements: [...statements],
    kinds: [],
    allStatuses: false,
    statuses: [...REVIEW_STATUSES],
    stances: [],
    topic: "",
    strengths: [],
    relations: [],
    target: "",
    labels: [],
    authors: [],
    from: "",
    to: "",
  };
}

/** Full citations and the standard layout, so a brief comes out as it did before these were choices. */
export const INITIAL_OPTIONS: ExportOptions = { format: "docx", bom: true, citation: "full", layout: "standard" };

/** Why these filters cannot be sent as they are, in words for the dialog; null when they can. */
export function selectionProblem(s: ExportSelection): string | null {
  if (s.allStatuses && s.statuses.length === 0) return "Choose at least one review status.";
  if (s.from && s.to && s.from > s.to) return "The “from” date is after the “to” date.";
  return null;
}

/** The list with `value` added or removed, keeping the order of `order`. */
export function toggled<T extends string>(list: readonly T[], value: T, on: boolean, order: readonly T[]): T[] {
  const next = new Set(list);
  if (on) next.add(value);
  else next.delete(value);
  return order.filter((v) => next.has(v));
}
