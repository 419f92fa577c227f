/** The API's body limit; a file past it could never be imported, so it is refused before reading. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** "6.4 KB", "1.2 MB": file sizes as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Reads a file as UTF-8 text, reporting the share read so far (0–1) when the browser knows the total,
 * so a large file shows real progress rather than a guess.
 */
export function readTextFile(file: Blob, onProgress: (ratio: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onload = () => resolve(typeof reader.result === "string" ? reader.result : "");
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsText(file);
  });
}
