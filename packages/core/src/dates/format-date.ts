const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * "22 May 2023" from an ISO date or date-time. The calendar date is read as written, never through `Date`,
 * so no time zone can move it to the day before; anything unreadable is returned as given.
 */
export function formatDate(iso: string): string {
  return dayMonthYear(iso, (name) => name);
}

/** "7 Dec 2023", for a short citation: the month cut to three letters, read the same way as `formatDate`. */
export function formatShortDate(iso: string): string {
  return dayMonthYear(iso, (name) => name.slice(0, 3));
}

function dayMonthYear(iso: string, monthText: (name: string) => string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (match === null) return iso;
  const [, year, month, day] = match;
  const monthName = MONTHS[Number(month) - 1];
  const dayNumber = Number(day);
  if (monthName === undefined || dayNumber < 1 || dayNumber > 31) return iso;
  return `${dayNumber} ${monthText(monthName)} ${year}`;
}
