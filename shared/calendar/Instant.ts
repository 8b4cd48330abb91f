import { type IsoDate, isoDateFromDayNumber } from './IsoDate';

/**
 * A point in time as an ISO 8601 string with an explicit offset or 'Z', e.g. '2026-03-02T12:50:00+05:00'.
 * Results are always written as UTC ('2026-03-02T09:20:00.000Z', the form of Date.prototype.toISOString) so
 * they compare and sort as strings like the journal's device times.
 */
export type Instant = string;

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
const MS_PER_MINUTE = 60_000;

/**
 * Milliseconds since the epoch. An instant without an offset is rejected: it would be read in the machine's
 * zone, which is exactly what this module must not depend on.
 */
export function instantToEpochMs(instant: Instant): number {
  const m = INSTANT.exec(instant);
  if (!m) throw new RangeError(`Not an ISO instant with offset: ${JSON.stringify(instant)}`);
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const base = new Date(0).setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  const fraction = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  let ms = base + ((Number(h) * 60 + Number(mi)) * 60 + Number(s ?? 0)) * 1000 + fraction;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    ms -= sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * MS_PER_MINUTE;
  }
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO instant with offset: ${JSON.stringify(instant)}`);
  return ms;
}

/** The UTC ISO string of an epoch time. */
export function epochMsToInstant(ms: number): Instant {
  return new Date(ms).toISOString();
}

// Kazakhstan moved to a single zone, UTC+5, at 00:00 on 1 March 2024 (clocks of UTC+6 regions, Almaty among
// them, went back one hour). Before that Almaty was UTC+6.
const ALMATY_SWITCH_MS = Date.UTC(2024, 1, 29, 18, 0, 0);

/** Offset of Almaty local time from UTC, in minutes, at an instant. */
export function almatyUtcOffsetAt(epochMs: number): number {
  return epochMs < ALMATY_SWITCH_MS ? 360 : 300;
}

/** Offset of Almaty local time from UTC, in minutes, on a local date. */
export function almatyUtcOffsetOn(date: IsoDate): number {
  return date < '2024-03-01' ? 360 : 300;
}

/** The local calendar date of an instant (Almaty time unless an offset in minutes is given). */
export function localDateOf(instant: Instant, utcOffsetMinutes?: number): IsoDate {
  const ms = instantToEpochMs(instant);
  const offset = utcOffsetMinutes ?? almatyUtcOffsetAt(ms);
  return isoDateFromDayNumber(Math.floor((ms + offset * MS_PER_MINUTE) / 86_400_000));
}
