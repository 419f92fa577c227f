/** The statement's metadata as the import form holds it: one string per field, "" for empty. */
export const METADATA_FIELDS = [
  "title",
  "speaker",
  "delegation",
  "onBehalfOf",
  "forum",
  "meetingSymbol",
  "date",
  "language",
  "sourceUrl",
] as const;

export type MetadataField = (typeof METADATA_FIELDS)[number];
export type MetadataValues = Record<MetadataField, string>;

export const EMPTY_METADATA: MetadataValues = {
  title: "",
  speaker: "",
  delegation: "",
  onBehalfOf: "",
  forum: "",
  meetingSymbol: "",
  date: "",
  language: "",
  sourceUrl: "",
};

export function isMetadataField(key: string): key is MetadataField {
  return (METADATA_FIELDS as readonly string[]).includes(key);
}
