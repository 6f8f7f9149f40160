// The history chart's scales: in-game dates (ISO "2018-10-03") to x, scores to y, and the ticks of
// each. Pure functions, unit-tested with node's own runner (test/scales.test.js).

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2018-10-03" → days since 1970-01-01 (in UTC, so no time zone moves a date). */
export function dayNumber(iso) {
  const [year, month, day] = String(iso).split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export const isoDate = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** "2018-10-03" → "3 Oct 2018". */
export function shortDate(iso) {
  const [year, month, day] = String(iso).split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/**
 * A linear scale from the dates given (ISO strings; nulls skipped) to [left, right]. When every
 * date is the same day, that day sits in the middle. x(date) maps; x.domain is [first, last] in
 * days; x.ticks(n) gives up to n dates to label, the first and the last among them.
 */
export function dateScale(dates, left, right) {
  const days = dates.filter(Boolean).map(dayNumber);
  let low = days.length ? Math.min(...days) : 0;
  let high = days.length ? Math.max(...days) : 1;
  if (high === low) {
    low -= 1;
    high += 1;
  }
  const x = (iso) => left + ((right - left) * (dayNumber(iso) - low)) / (high - low);
  x.domain = [low, high];
  x.ticks = (count = 4) => {
    const first = days.length ? Math.min(...days) : low;
    const last = days.length ? Math.max(...days) : high;
    if (first === last) return [isoDate(first)];
    const steps = Math.max(1, Math.min(count - 1, last - first));
    const result = [];
    for (let i = 0; i <= steps; i += 1) result.push(isoDate(Math.round(first + ((last - first) * i) / steps)));
    return [...new Set(result)];
  };
  return x;
}

/** Score ticks every 10, 20 or 50 between low and high. */
export function scoreTicks(low, high) {
  const step = high - low > 100 ? 50 : high - low > 40 ? 20 : 10;
  const result = [];
  for (let t = Math.ceil(low / step) * step; t <= high; t += step) result.push(t);
  return result;
}
