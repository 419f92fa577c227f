import type { DownloadProgress } from "./download-export.ts";

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The download's progress: a percentage when the format allows an estimate, otherwise an indeterminate bar and the bytes so far. */
export function ExportProgressBar({ progress }: { progress: DownloadProgress }) {
  const percent = progress.fraction === null ? null : Math.round(progress.fraction * 100);
  const text = percent === null ? `Downloading… ${size(progress.bytes)}` : `Downloading… ${percent}%`;
  return (
    <div className="export-progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label="Export progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={text}
      >
        <span
          className="progress-segment"
          data-indeterminate={percent === null || undefined}
          style={percent === null ? undefined : { backgroundSize: `${percent}% 100%` }}
        />
      </div>
      <p className="import-progress-label">{text}</p>
    </div>
  );
}
