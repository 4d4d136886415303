const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of `time` (ms since 1970) as `YYYY-MM-DD`. */
export function localDate(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local date and time of `time` as `YYYY-MM-DD HH:mm`. */
export function localDateTime(time: number): string {
  const d = new Date(time);
  return `${localDate(time)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The last millisecond of the local calendar day of `time`. */
export function endOfLocalDay(time: number): number {
  const d = new Date(time);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() - 1;
}
