// Dates as a report prints them, read from the ISO string so no time zone can shift the day.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2021-04-06T10:00:00.000Z" → "April 6, 2021", read from the string so no time zone shifts it. */
export function displayDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  const month = m && MONTHS[Number(m[2]) - 1];
  if (!m || !month || Number(m[3]) < 1 || Number(m[3]) > 31) return '';
  return `${month} ${Number(m[3])}, ${m[1]}`;
}
