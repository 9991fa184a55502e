// "just now", "5 minutes ago", "yesterday", "3 weeks ago": when something
// happened, in plain English, for the dismissed findings list. Older than a
// year, or in the future (another device's clock), shows the date instead.
import { formatWhen } from "../../common/format";

const relative = new Intl.RelativeTimeFormat("en-GB", { numeric: "auto" });
const date = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const STEPS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number, number]> = [
  // unit, its length, and the age up to which it is used
  ["minute", MINUTE, HOUR],
  ["hour", HOUR, DAY],
  ["day", DAY, 7 * DAY],
  ["week", 7 * DAY, 30 * DAY],
  ["month", 30 * DAY, 365 * DAY],
];

export function relativeTime(at: number, now: number = Date.now()): string {
  if (!(at > 0)) return "at an unknown time";
  const age = now - at;
  if (age < -MINUTE) return `on ${date.format(new Date(at))}`;
  if (age < MINUTE) return "just now";
  for (const [unit, length, upTo] of STEPS) {
    if (age < upTo) return relative.format(-Math.floor(age / length), unit);
  }
  return `on ${date.format(new Date(at))}`;
}

/** The exact time, for a tooltip or a <time> element's title. */
export const exactTime = formatWhen;
