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
