import type { Job } from "../../queries/job-query.ts";
import type { ImportStage } from "./import-state.ts";

interface ImportProgressProps {
  stage: ImportStage;
  readProgress: number | null;
  fileName: string | null;
  /** Whether this import began with a file, which adds the reading stage. */
  fromFile: boolean;
  /** The server's own progress, when a long text is imported as a job. */
  job?: Job["progress"] | null;
  /** What the last stage stores: a new statement, or a revision of one the text repeats. */
  adding?: "statement" | "revision";
}

const LABELS: Record<Exclude<ImportStage, "idle">, string> = {
  reading: "Reading the file",
  previewing: "Building the preview",
  importing: "Importing the statement",
  done: "Imported. Opening the statement",
};
const REVISION_LABELS: Partial<typeof LABELS> = { importing: "Adding the revision", done: "Added. Opening the statement" };

/** The stages an import job reports (import-statement-job.ts on the server), in the page's words. */
const JOB_STAGES: Record<string, string> = {
  queued: "waiting for the server",
  reading: "reading the text",
  storing: "storing the paragraphs",
  done: "stored",
};

/**
 * Where the import is, stage by stage. Only reading a file (the browser reports it) and an import job (the server
 * reports it) have a measurable share; other server work is shown as an indeterminate bar within its stage rather
 * than a made-up percentage.
 */
export function ImportProgress({ stage, readProgress, fileName, fromFile, job = null, adding = "statement" }: ImportProgressProps) {
  const stages: ImportStage[] = fromFile ? ["reading", "previewing", "importing", "done"] : ["previewing", "importing", "done"];
  const index = stages.indexOf(stage);
  const active = stage !== "idle" && index >= 0;
  const percent = sharePercent(stage, readProgress, job);
  const label = active ? labelFor(stage, fileName, percent, job, adding === "revision" ? { ...LABELS, ...REVISION_LABELS } : LABELS) : "";

  return (
    <div className="import-progress" data-active={active || undefined}>
      {active && (
        <div
          className="progress-track"
          role="progressbar"
          aria-label="Import progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={stage === "done" ? 100 : (percent ?? undefined)}
          aria-valuetext={`${label} (stage ${index + 1} of ${stages.length})`}
        >
          {stages.map((s, i) => (
            <span
              key={s}
              className="progress-segment"
              data-state={i < index || stage === "done" ? "done" : i === index ? "current" : "pending"}
              data-indeterminate={(i === index && stage !== "done" && percent === null) || undefined}
              style={i === index && percent !== null ? { backgroundSize: `${percent}% 100%` } : undefined}
            />
          ))}
        </div>
      )}
      <p className="import-progress-label" role="status">
        {active && (
          <>
            {label}
            <span className="import-progress-stage">
              {" "}
              · stage {index + 1} of {stages.length}
            </span>
          </>
        )}
      </p>
    </div>
  );
}

function sharePercent(stage: ImportStage, readProgress: number | null, job: Job["progress"] | null): number | null {
  if (stage === "reading" && readProgress !== null) return Math.round(readProgress * 100);
  if (stage === "importing" && job && job.total > 0) return Math.round((job.done / job.total) * 100);
  return null;
}

function labelFor(
  stage: Exclude<ImportStage, "idle">,
  fileName: string | null,
  percent: number | null,
  job: Job["progress"] | null,
  labels: typeof LABELS,
): string {
  const share = percent === null ? "…" : `… ${percent}%`;
  if (stage === "reading") return `Reading ${fileName ?? "the file"}${share}`;
  if (stage === "importing" && job) return `${labels.importing}: ${JOB_STAGES[job.stage] ?? job.stage}${share}`;
  return stage === "done" ? `${labels.done}…` : `${labels[stage]}…`;
}
