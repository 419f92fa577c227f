import { pipeline } from "node:stream/promises";
import type { Request, Response } from "express";
import type { ExportFile } from "./stream-export.ts";

/**
 * Streams an export with backpressure. Once the headers are out an error can no longer become a JSON
 * error, so the response is destroyed: the client sees a broken download, never a truncated file
 * that looks complete.
 */
export async function sendExportFile(req: Request, res: Response, file: ExportFile): Promise<void> {
  res.status(200);
  res.setHeader("Content-Type", file.contentType);
  res.setHeader("Content-Disposition", `attachment; filename="${file.filename}"`);
  res.setHeader("X-Export-Count", String(file.count));
  res.setHeader("Cache-Control", "no-store");
  try {
    await pipeline(file.body, res);
  } catch (err) {
    res.destroy();
    const aborted = (err as { code?: string }).code === "ERR_STREAM_PREMATURE_CLOSE";
    if (aborted) req.log?.info("export download aborted by the client");
    else req.log?.error({ err }, "export failed after its headers were sent");
  }
}
