import { MAX_UPLOAD_BYTES } from "@verbatim/contract";
import busboy from "busboy";
import type { Request } from "express";
import { AppError } from "./app-error.ts";

/** A file as it came in a multipart request's `file` field. */
export interface UploadedFile {
  name: string;
  /** The type the client declared; the import sniffs the content rather than trusting it. */
  mediaType: string;
  bytes: Uint8Array;
}

export interface MultipartForm {
  fields: Record<string, string>;
  file: UploadedFile | null;
}

/** Form fields are short (metadata, edits as JSON): a megabyte each is far more than any preview sends. */
const MAX_FIELD_BYTES = 1_000_000;
const MAX_FIELDS = 40;

export const isMultipart = (req: Request): boolean => req.is("multipart/form-data") === "multipart/form-data";

/**
 * Reads a multipart/form-data body: one file, in the field `file`, of at most MAX_UPLOAD_BYTES (else 413), and a few
 * short text fields. The file is held in memory: it is at most 25 MB, and the import reads it whole anyway.
 */
export function readMultipart(req: Request): Promise<MultipartForm> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: MAX_FIELDS, fieldSize: MAX_FIELD_BYTES, parts: MAX_FIELDS + 1 },
      });
    } catch {
      reject(new AppError("validation_failed", "the multipart body has no boundary"));
      return;
    }
    const fields: Record<string, string> = {};
    let file: UploadedFile | null = null;
    let failed: AppError | null = null;
    const fail = (error: AppError) => {
      failed ??= error;
      req.unpipe(parser);
      req.resume();
      reject(failed);
    };
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) fail(new AppError("payload_too_large", `the form field "${name}" is too long`, { limit: MAX_FIELD_BYTES }));
      else fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      if (name !== "file") {
        stream.resume();
        fail(new AppError("validation_failed", `send the file in the field "file", not "${name}"`));
        return;
      }
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => fail(new AppError("payload_too_large", "the file is too large", { limit: MAX_UPLOAD_BYTES })));
      stream.on("close", () => {
        if (failed) return;
        const bytes = Buffer.concat(chunks);
        file = {
          name: info.filename ?? "upload",
          mediaType: info.mimeType,
          bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length),
        };
      });
    });
    parser.on("filesLimit", () => fail(new AppError("validation_failed", "send one file per request")));
    parser.on("fieldsLimit", () => fail(new AppError("validation_failed", `send at most ${MAX_FIELDS} form fields`)));
    parser.on("partsLimit", () => fail(new AppError("validation_failed", `send at most ${MAX_FIELDS + 1} form parts`)));
    parser.on("error", () => fail(new AppError("validation_failed", "the multipart body could not be read")));
    parser.on("close", () => {
      if (!failed) resolve({ fields, file });
    });
    req.pipe(parser);
  });
}
