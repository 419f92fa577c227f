export { formatDate, formatShortDate } from "./format-date.ts";
