// No SMS or WhatsApp at night (issue 13): between 21:00 and 07:00 WIB a text
// waits for the morning. E-mail is read when the person chooses, so it goes at
// once. One-time codes are asked for by the person themselves, at that moment,
// and are never held (exempt). WIB is UTC+7 all year (no daylight saving).

/** Hours in Asia/Jakarta: quiet from `start` (inclusive) to `end` (exclusive), across midnight. */
export const QUIET_HOURS = { start: 21, end: 7 } as const;

const WIB_OFFSET_HOURS = 7;
const HOUR_MS = 3_600_000;

/** The earliest moment a text queued at `now` may be sent: `now` itself outside quiet hours, else 07:00 WIB next. */
export function textSendableFrom(now: Date): Date {
  const wib = new Date(now.getTime() + WIB_OFFSET_HOURS * HOUR_MS);
  const hour = wib.getUTCHours();
  if (hour >= QUIET_HOURS.end && hour < QUIET_HOURS.start) return now;
  // 07:00 WIB of the Jakarta day that ends the quiet night: today's if before 07:00, else tomorrow's.
  const day = Date.UTC(wib.getUTCFullYear(), wib.getUTCMonth(), wib.getUTCDate() + (hour >= QUIET_HOURS.start ? 1 : 0));
  return new Date(day + (QUIET_HOURS.end - WIB_OFFSET_HOURS) * HOUR_MS);
}

/** 07:00 WIB of the next Jakarta day: when what waits for tomorrow (a day's cap reached) goes. */
export function nextMorning(now: Date): Date {
  const wib = new Date(now.getTime() + WIB_OFFSET_HOURS * HOUR_MS);
  const day = Date.UTC(wib.getUTCFullYear(), wib.getUTCMonth(), wib.getUTCDate() + 1);
  return new Date(day + (QUIET_HOURS.end - WIB_OFFSET_HOURS) * HOUR_MS);
}
