const XSD_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})?$/;

/** ` name="value"` when the value is an xsd:dateTime (as ISO date-times are), else nothing: the schema refuses others. */
export const dateTimeAttr = (name: string, value: string | null | undefined): string =>
  value && XSD_DATE_TIME.test(value) ? ` ${name}="${value}"` : "";
