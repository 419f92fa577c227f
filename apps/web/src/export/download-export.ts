import { endpoints } from "@verbatim/contract";
import { ApiError } from "../api/api-error.ts";
import { apiResponse } from "../api/api-fetch.ts";
import { defaultFileName, fileNameFromDisposition } from "./export-file-name.ts";
import type { DownloadParams } from "./export-params.ts";
import { countLineFeeds, estimateProgress, headerCount } from "./export-progress.ts";

export interface DownloadProgress {
  bytes: number;
  /** 0 to just under 1, or null when the format gives no honest estimate. */
  fraction: number | null;
}

export interface DownloadedExport {
  blob: Blob;
  fileName: string;
  /** How many annotations the server said it wrote (`X-Export-Count`). */
  count: number | null;
}

interface DownloadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: DownloadProgress) => void;
}

/**
 * Fetches an export (the session cookie goes along; a GET needs no CSRF token) and reads its body chunk by chunk,
 * reporting progress, into a Blob named as the server's `Content-Disposition` says. Aborting the signal rejects
 * with the AbortError; every other failure is an ApiError.
 */
export async function downloadExport(params: DownloadParams, options: DownloadOptions = {}): Promise<DownloadedExport> {
  const response = await apiResponse(endpoints.exportAnnotations, { query: params, signal: options.signal }, "*/*");
  const expected = headerCount(response.headers.get("X-Export-Count"));
  const totalBytes = headerCount(response.headers.get("Content-Length"));
  const type = response.headers.get("Content-Type") ?? "application/octet-stream";
  const fileName = fileNameFromDisposition(response.headers.get("Content-Disposition")) ?? defaultFileName(params.format);

  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  let lines = 0;
  try {
    if (!response.body) {
      chunks.push(new Uint8Array(await response.arrayBuffer()));
    } else {
      const reader = response.body.getReader();
      // Not every body is tied to the request's signal (a service worker's, a test's); cancelling ends the read either way.
      const stop = () => void reader.cancel().catch(() => undefined);
      options.signal?.addEventListener("abort", stop, { once: true });
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          chunks.push(value);
          bytes += value.byteLength;
          lines += countLineFeeds(value);
          options.onProgress?.({ bytes, fraction: estimateProgress({ format: params.format, expected, lines, bytes, totalBytes }) });
        }
      } finally {
        options.signal?.removeEventListener("abort", stop);
      }
    }
  } catch (e) {
    if (options.signal?.aborted) throw e;
    throw new ApiError(0, "network_error", "The download was interrupted.");
  }
  options.signal?.throwIfAborted();
  return { blob: new Blob(chunks, { type }), fileName, count: expected };
}

/** Whether a download ended because it was cancelled; by name, since the DOMException may come from another realm. */
export function isAbort(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AbortError";
}
