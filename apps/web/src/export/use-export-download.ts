import { useCallback, useEffect, useRef, useState } from "react";
import { downloadExport, isAbort, type DownloadProgress } from "./download-export.ts";
import type { DownloadParams } from "./export-params.ts";
import { PROGRESS_DELAY_MS } from "./export-progress.ts";
import { saveFile } from "./save-file.ts";

export type DownloadState =
  | { phase: "idle" }
  | { phase: "downloading"; progress: DownloadProgress; showProgress: boolean }
  | { phase: "saved"; fileName: string; count: number | null }
  | { phase: "cancelled" }
  | { phase: "failed"; error: unknown };

/**
 * Downloads an export and saves it as a file. The progress bar is asked for only once a download has taken
 * PROGRESS_DELAY_MS, so a quick export does not flash one. Cancelling, or leaving, aborts the request.
 */
export function useExportDownload() {
  const [state, setState] = useState<DownloadState>({ phase: "idle" });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (params: DownloadParams) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    let showProgress = false;
    let progress: DownloadProgress = { bytes: 0, fraction: null };
    const update = () => {
      if (controller.current === current) setState({ phase: "downloading", progress, showProgress });
    };
    update();
    const timer = window.setTimeout(() => {
      showProgress = true;
      update();
    }, PROGRESS_DELAY_MS);
    try {
      const file = await downloadExport(params, {
        signal: current.signal,
        onProgress: (p) => {
          progress = p;
          update();
        },
      });
      if (controller.current !== current) return;
      saveFile(file.blob, file.fileName);
      setState({ phase: "saved", fileName: file.fileName, count: file.count });
    } catch (error) {
      if (controller.current !== current) return;
      setState(isAbort(error) ? { phase: "cancelled" } : { phase: "failed", error });
    } finally {
      window.clearTimeout(timer);
      if (controller.current === current) controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { state, start, cancel };
}
