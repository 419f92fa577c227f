import type { Job } from "../../queries/job-query.ts";
import type { ImportStage } from "./import-state.ts";

interface ImportProgressProps {
  stage: ImportStage;
  /** The server's own progress, when a long text or a large record is imported as a job. */
  job?: Job["progress"] | null;
  /** What the last stage stores: a new statement, a revision of one the text repeats, or a record's statements. */
  adding?: "statement" | "revision" | "statements";
}

const LABELS: Record<Exclude<ImportStage, "idle">, string> = {
  previewing: "Building the preview",
  importing: "Importing the statement",
  done: "Imported. Opening the statement",
};
const OTHER_LABELS: Record<"revision" | "statements", Partial<typeof LABELS>> = {
  revision: { importing: "Adding the revision", done: "Added. Opening the statement" },
  statements: { importing: "Importing the statements", done: "Imported" },
};

/** The stages an import job reports (import-statement-job.ts and import-record-job.ts on the server), in the page's words. */
const JOB_STAGES: Record<string, string> = {
  queued: "waiting for the server",
  reading: "reading the text",
  storing: "storing the paragraphs",
  done: "stored",
};
const RECORD_JOB_STAGES: Record<string, string> = { ...JOB_STAGES, storing: "storing the statements" };

const STAGES: ImportStage[] = ["previewing", "importing", "done"];

/**
 * Where the import is, stage by stage. Only an import job (the server reports it) has a measurable share; other server
 * work is shown as an indeterminate bar within its stage rather than a made-up percentage.
 */
export function ImportProgress({ stage, job = null, adding = "statement" }: ImportProgressProps) {
  const index = STAGES.indexOf(stage);
  const active = stage !== "idle" && index >= 0;
  const percent = stage === "importing" && job && job.total > 0 ? Math.round((job.done / job.total) * 100) : null;
  const labels = adding === "statement" ? LABELS : { ...LABELS, ...OTHER_LABELS[adding] };
  const jobStages = adding === "statements" ? RECORD_JOB_STAGES : JOB_STAGES;
  const label = active ? labelFor(stage, percent, job, labels, jobStages) : "";

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
          aria-valuetext={`${label} (stage ${index + 1} of ${STAGES.length})`}
        >
          {STAGES.map((s, i) => (
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
              · stage {index + 1} of {STAGES.length}
            </span>
          </>
        )}
      </p>
    </div>
  );
}

function labelFor(
  stage: Exclude<ImportStage, "idle">,
  percent: number | null,
  job: Job["progress"] | null,
  labels: typeof LABELS,
  jobStages: Record<string, string>,
): string {
  const share = percent === null ? "…" : `… ${percent}%`;
  if (stage === "importing" && job) {
    // A record's job stores one statement per turn: the count says more than the share.
    const counted = jobStages === RECORD_JOB_STAGES && job.stage === "storing" ? ` (${job.done} of ${job.total})` : "";
    return `${labels.importing}: ${jobStages[job.stage] ?? job.stage}${counted}${share}`;
  }
  return stage === "done" ? `${labels.done}…` : `${labels[stage]}…`;
}
