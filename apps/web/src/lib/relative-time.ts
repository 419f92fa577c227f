const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const dayMonth = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" });
const dayMonthYear = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });
// One formatter for all: toLocaleString with options builds a new one per call, costly across a long list.
const full = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short" });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 minutes ago", "yesterday", "3 days ago", then the date ("7 Dec", "7 Dec 2023" in another year). */
export function relativeTime(iso: string, now: number = Date.now()): string {
  const then = new Date(iso);
  const time = then.getTime();
  if (Number.isNaN(time)) return iso;
  const ago = now - time;
  if (ago < 45_000) return "just now";
  if (ago < 45 * MINUTE) return relative.format(-Math.max(1, Math.round(ago / MINUTE)), "minute");
  if (ago < 22 * HOUR) return relative.format(-Math.round(ago / HOUR), "hour");
  if (ago < 7 * DAY) return relative.format(-Math.max(1, Math.round(ago / DAY)), "day");
  return (then.getFullYear() === new Date(now).getFullYear() ? dayMonth : dayMonthYear).format(then);
}

/** The full date and time, for a tooltip. */
export function fullTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : full.format(date);
}
