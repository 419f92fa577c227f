import type { ImportStage } from "./import-state.ts";

interface ImportProgressProps {
  stage: ImportStage;
  readProgress: number | null;
  fileName: string | null;
  /** Whether this import began with a file, which adds the reading stage. */
  fromFile: boolean;
}

const LABELS: Record<Exclude<ImportStage, "idle">, string> = {
  reading: "Reading the file",
  previewing: "Building the preview",
  importing: "Importing the statement",
  done: "Imported. Opening the statement",
};

/**
 * Where the import is, stage by stage. Only reading a file has a measurable share (the browser reports it);
 * the server's work is shown as an indeterminate bar within its stage rather than a made-up percentage.
 */
export function ImportProgress({ stage, readProgress, fileName, fromFile }: ImportProgressProps) {
  const stages: ImportStage[] = fromFile ? ["reading", "previewing", "importing", "done"] : ["previewing", "importing", "done"];
  const index = stages.indexOf(stage);
  const active = stage !== "idle" && index >= 0;
  const percent = stage === "reading" && readProgress !== null ? Math.round(readProgress * 100) : null;
  const label = active ? labelFor(stage, fileName, percent) : "";

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

function labelFor(stage: Exclude<ImportStage, "idle">, fileName: string | null, percent: number | null): string {
  if (stage === "reading") return `Reading ${fileName ?? "the file"}${percent === null ? "…" : `… ${percent}%`}`;
  return stage === "done" ? `${LABELS.done}…` : `${LABELS[stage]}…`;
}
