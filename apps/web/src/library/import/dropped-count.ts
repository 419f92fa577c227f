import type { ImportPreview } from "../../queries/use-import-preview.ts";

/** "12 lines", or, when the import listed only the first ones (a last line of reason "more" counts the rest), "more than 1,000". */
export function droppedCount(dropped: ImportPreview["dropped"]): string {
  const listed = dropped.filter((line) => line.reason !== "more").length;
  if (listed < dropped.length) return `More than ${listed.toLocaleString("en")} lines`;
  return listed === 1 ? "1 line" : `${listed} lines`;
}
