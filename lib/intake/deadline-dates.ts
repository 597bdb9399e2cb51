// Calendar arithmetic for resolve-by dates, in UTC calendar days. Pure: no phrases here, only
// "which day is the last one this span allows" (lib/intake/deadline-rules.ts reads the words).

const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  ninety: 90,
  hundred: 100,
};

export const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
export const iso = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (d: Date, n: number) =>
  utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n);
export const endOfMonth = (y: number, m: number) => utc(y, m + 1, 0);
/** The Sunday ending the (ISO) week holding `d`. */
export const endOfWeek = (d: Date) => addDays(d, (7 - d.getUTCDay()) % 7);

/** `n` units after `r`: hours round up to whole days; a fortnight is 14 days. */
export function addUnits(r: Date, n: number, unit: string): Date {
  const u = unit.toLowerCase();
  if (u === "hour") return addDays(r, Math.ceil(n / 24));
  if (u === "day") return addDays(r, n);
  if (u === "week") return addDays(r, 7 * n);
  if (u === "fortnight") return addDays(r, 14 * n);
  if (u === "decade") return utc(r.getUTCFullYear() + 10 * n, r.getUTCMonth(), r.getUTCDate());
  if (u === "month") return utc(r.getUTCFullYear(), r.getUTCMonth() + n, r.getUTCDate());
  return utc(r.getUTCFullYear() + n, r.getUTCMonth(), r.getUTCDate());
}

/** A count written in digits or words ("30", "ninety", "a"), or null. */
export function count(word: string): number | null {
  return /^\d+$/.test(word) ? Number(word) : (NUMBERS[word.toLowerCase()] ?? null);
}

/** Month (0-based) each season starts in: meteorological seasons, three months each. */
const SEASON_START: Record<string, number> = {
  spring: 2,
  summer: 5,
  autumn: 8,
  fall: 8,
  winter: 11,
};

/**
 * The last day of a season: the one under way or next ("by the summer"), or with `next` the
 * first one not yet begun ("by next summer" said in January is this summer, said in June
 * the next one). A season "of 2027" is the one that starts in 2027; winter ends in February.
 */
export function seasonEnd(name: string, r: Date, year: number | null, next: boolean): Date {
  const starts = SEASON_START[name] ?? 5;
  const endOf = (startYear: number) => endOfMonth(startYear, starts + 2);
  if (year !== null) return endOf(year);
  let startYear = r.getUTCFullYear() - 1;
  while (next ? utc(startYear, starts, 1) <= r : endOf(startYear) < r) startYear += 1;
  return endOf(startYear);
}

/** The first `month`/`day` on or after `r`. */
export function nextOccurrence(r: Date, month: number, day: number): Date {
  const d = utc(r.getUTCFullYear(), month, day);
  return d < r ? utc(r.getUTCFullYear() + 1, month, day) : d;
}

/** Western Easter Sunday of `year` (anonymous Gregorian computus). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month - 1, day);
}

/** The next Easter Sunday on or after `r`. */
export function nextEaster(r: Date): Date {
  const d = easterSunday(r.getUTCFullYear());
  return d < r ? easterSunday(r.getUTCFullYear() + 1) : d;
}
