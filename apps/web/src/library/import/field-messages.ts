import { MAX_CONTENT_CHARS } from "@verbatim/contract";
import type { MetadataField } from "./metadata-fields.ts";

/** One message per field, in the page's words; zod's own messages are written for developers. */
export const FIELD_MESSAGES: Record<MetadataField, string> = {
  title: "Give the statement a title (up to 500 characters).",
  speaker: "Keep the speaker under 200 characters.",
  delegation: "Keep the delegation under 200 characters.",
  onBehalfOf: "Keep “on behalf of” under 200 characters.",
  forum: "Keep the forum under 300 characters.",
  meetingSymbol: "Keep the meeting symbol under 100 characters.",
  date: "Enter a full date (day, month and year), or leave it empty.",
  language: "Use a language code such as en, fr or zh-Hant.",
  sourceUrl: "Enter a web address that starts with https:// or http://.",
};

export const TEXT_MESSAGES = {
  empty: "Paste the statement’s text or upload a file.",
  tooLong: `The text is longer than ${MAX_CONTENT_CHARS.toLocaleString("en-GB")} characters, the most one statement can hold.`,
  tooLarge: "The text is too large to import. Split it into several statements.",
  invalid: "The text could not be read. Check the format and try again.",
  noParagraphs: "The text holds no paragraphs to import: every line in it reads as navigation, metadata or other clutter.",
  forbidden: "Your role in this workspace does not allow importing statements. Ask an admin for the analyst role.",
  choose: "Choose whether to add the text as a new revision or to import it as a separate statement.",
};
