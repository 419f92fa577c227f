import type { ExportPreview } from "./use-export-preview.ts";

/** "37 annotations from 3 statements". */
export function countSentence({ count, statements }: Pick<ExportPreview, "count" | "statements">): string {
  if (count === 0) return "No annotations match these filters.";
  const annotations = `${count.toLocaleString("en-GB")} ${count === 1 ? "annotation" : "annotations"}`;
  return `${annotations} from ${statements.toLocaleString("en-GB")} ${statements === 1 ? "statement" : "statements"}`;
}

interface ExportSummaryProps {
  preview: ExportPreview | undefined;
  updating: boolean;
  /** Why the filters cannot be sent, when they cannot. */
  problem: string | null;
  /** The count could not be had (the error itself is shown beside it). */
  failed: boolean;
}

/** The live count, in a polite status region so that a screen reader hears it change as filters change. */
export function ExportSummary({ preview, updating, problem, failed }: ExportSummaryProps) {
  const sentence = problem ?? (preview ? countSentence(preview) : failed ? "The count is not available." : "Counting annotations…");
  return (
    <p className="export-count" role="status" aria-live="polite" aria-busy={updating} data-updating={updating || undefined}>
      {sentence}
    </p>
  );
}
