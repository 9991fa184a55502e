// Dates and counts written the way people in the UK read them.
const dateTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

export function formatWhen(ms: number): string {
  return ms > 0 ? dateTime.format(new Date(ms)) : "—";
}

// One formatter: toLocaleString builds a new one on every call (slow in lists
// that re-render on every remote edit).
const count = new Intl.NumberFormat("en-GB");

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count.format(n)} ${n === 1 ? one : many}`;
}
