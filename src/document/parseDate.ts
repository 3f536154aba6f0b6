const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = new Set([
  ...MONTHS,
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'sept', 'october', 'november', 'december',
]);

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
// Optional label or weekday before the date, optional time (and zone) after it: `Updated: Monday, 24 Nov 2025, 10:30 GMT`.
const LEAD = String.raw`(?:(?:published|updated|posted|dated?)(?:\s+on)?:?\s+)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`;
const TIME = String.raw`(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?)?`;
const DAY_MONTH_YEAR = new RegExp(String.raw`^${LEAD}(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})\.?,?\s+(\d{4})${TIME}$`, 'i');
const MONTH_DAY_YEAR = new RegExp(String.raw`^${LEAD}([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`, 'i');

/**
 * Reads a date written on its own (`2025-11-24`, `2025-11-24T04:57:45`, `24th November, 2025`, `November 24, 2025`,
 * `Monday, Nov. 24, 2025 10:30 GMT`) as ISO 8601: the date, plus the time when it is given in ISO form.
 * Anything else, including ambiguous forms like `11/24/2025`, is `undefined`.
 */
export function parseDate(written: string): string | undefined {
  const value = written.trim();
  const iso = ISO.exec(value);
  if (iso) {
    const [, year, month, day, hours, minutes, seconds, zone] = iso;
    const date = isoDate(Number(year), Number(month), Number(day));
    if (!date || hours === undefined) return date;
    if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 59) return date;
    return `${date}T${hours}:${minutes}:${seconds ?? '00'}${isoZone(zone)}`;
  }
  const dayFirst = DAY_MONTH_YEAR.exec(value);
  if (dayFirst) return isoDate(Number(dayFirst[3]), monthNumber(dayFirst[2]), Number(dayFirst[1]));
  const monthFirst = MONTH_DAY_YEAR.exec(value);
  if (monthFirst) return isoDate(Number(monthFirst[3]), monthNumber(monthFirst[1]), Number(monthFirst[2]));
  return undefined;
}

function monthNumber(name: string | undefined): number {
  const lower = (name ?? '').toLowerCase();
  return MONTH_NAMES.has(lower) ? MONTHS.indexOf(lower.slice(0, 3)) + 1 : 0;
}

// Date.UTC rolls 31 November over to 1 December: a round trip rejects impossible dates.
function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

function isoZone(zone: string | undefined): string {
  if (!zone) return '';
  if (zone.toUpperCase() === 'Z') return 'Z';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3)}`;
}
