/**
 * Due dates from a procedure's processing time. Working days skip Saturday and Sunday, counted in
 * Vietnam time (UTC+7, no daylight saving), so a dossier submitted on Friday evening in Hà Nội with
 * one working day is due the following Monday at the same hour.
 */
export interface ProcessingTime {
  value: number | null;
  unit: 'working_day' | 'day' | 'hour' | 'month' | null;
  text: string | null;
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Day of the week (0 = Sunday) of an instant as seen in Vietnam. */
function vietnamWeekday(at: Date): number {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).getUTCDay();
}

/** `count` working days after `start`; fractions run as hours of a whole day. */
export function addWorkingDays(start: Date, count: number): Date {
  let at = new Date(start.getTime());
  // Starting on a weekend: the clock starts on Monday at the same hour.
  while (vietnamWeekday(at) === 0 || vietnamWeekday(at) === 6) at = new Date(at.getTime() + DAY_MS);
  let whole = Math.floor(count);
  while (whole > 0) {
    at = new Date(at.getTime() + DAY_MS);
    const day = vietnamWeekday(at);
    if (day !== 0 && day !== 6) whole -= 1;
  }
  const fraction = count - Math.floor(count);
  return new Date(at.getTime() + fraction * DAY_MS);
}

/** The due date for a processing time starting at `start`, or null when it is not known. */
export function dueDateFor(start: Date, time: ProcessingTime | null): Date | null {
  if (!time || time.value === null || time.unit === null || !(time.value >= 0)) return null;
  switch (time.unit) {
    case 'working_day':
      return addWorkingDays(start, time.value);
    case 'day':
      return new Date(start.getTime() + time.value * DAY_MS);
    case 'hour':
      return new Date(start.getTime() + time.value * 60 * 60 * 1000);
    case 'month': {
      const due = new Date(start.getTime());
      due.setUTCMonth(due.getUTCMonth() + Math.round(time.value));
      return due;
    }
  }
}

/** yyMMdd of an instant in Vietnam time (the day part of dossier codes). */
export function vietnamDay(at: Date): string {
  const local = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  const yy = String(local.getUTCFullYear() % 100).padStart(2, '0');
  const mm = String(local.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(local.getUTCDate()).padStart(2, '0');
  return `${yy}${mm}${dd}`;
}
