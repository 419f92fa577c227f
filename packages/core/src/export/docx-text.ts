import { type IRunOptions, TextRun } from "docx";

// XML 1.0 cannot carry these, and Word refuses a file that does.
/* eslint-disable no-control-regex -- matching control characters is the point */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/** Text fit for WordprocessingML. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "");
}

/** Runs for user text, its line breaks kept as breaks within the paragraph. */
export function textRuns(text: string, options: Omit<IRunOptions, "text" | "break" | "children"> = {}): TextRun[] {
  return xmlSafe(text)
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ ...options, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}
