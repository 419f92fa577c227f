import { MAX_W3C_IMPORT_ITEMS, type W3cImportBody } from "@verbatim/contract";
import { AppError } from "../../http/app-error.ts";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const typesOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);

function itemsOf(body: W3cImportBody): unknown[] {
  if (Array.isArray(body)) return body;
  const types = typesOf(body.type);
  if (types.includes("AnnotationPage")) return body.items ?? [];
  if (!types.includes("AnnotationCollection")) return [body];
  if (typeof body.first === "string") {
    throw new AppError("invalid_content", "embed the collection's first page: its annotations cannot be fetched from an IRI", {
      first: body.first,
    });
  }
  const first = isRecord(body.first) ? body.first : {};
  if (first.next !== undefined) {
    throw new AppError("invalid_content", "the collection has pages after its first: send each AnnotationPage on its own", {
      next: first.next,
    });
  }
  return Array.isArray(first.items) ? first.items : [];
}

/** One Annotation, an array of them, an AnnotationCollection with its first page embedded, or an AnnotationPage. */
export function w3cImportItems(body: W3cImportBody): unknown[] {
  const items = itemsOf(body);
  if (items.length > MAX_W3C_IMPORT_ITEMS) {
    throw new AppError("payload_too_large", `import at most ${MAX_W3C_IMPORT_ITEMS} annotations at a time`, {
      limit: MAX_W3C_IMPORT_ITEMS,
      count: items.length,
    });
  }
  return items;
}
