import type { ExportItem } from "./export-item.ts";

/** The app's deep link to the annotated paragraph: `${baseUrl}/s/${slug}#p9`. */
export function paragraphLink(baseUrl: string, item: ExportItem): string {
  return `${baseUrl.replace(/\/+$/, "")}/s/${encodeURIComponent(item.statement.slug)}#${encodeURIComponent(item.annotation.target.paragraphId)}`;
}
