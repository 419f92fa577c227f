/** Long enough for any browser to have started the download; FileSaver.js waits about as long. */
const REVOKE_AFTER_MS = 30_000;

/** Hands a Blob to the browser as a download named `fileName`, through a temporary object URL and link. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
