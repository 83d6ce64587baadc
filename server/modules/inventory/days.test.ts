import { describe, expect, it } from 'vitest';
import { dayString, epochDay, isDay, isTimeZone, localDay } from './days.ts';

describe("a store's business days", () => {
  it('counts a sale late in the Dallas evening on that Dallas day, not on the UTC one', () => {
    expect(localDay('2026-11-27T04:30:00Z', 'America/Chicago')).toBe('2026-11-26');
    expect(localDay('2026-11-27T06:30:00Z', 'America/Chicago')).toBe('2026-11-27');
    expect(localDay('2026-11-27T04:30:00Z', 'Asia/Seoul')).toBe('2026-11-27');
  });

  it('numbers days from 1970-01-01 (a Thursday), so the same weekday has the same number mod 7 everywhere', () => {
    expect(epochDay('1970-01-01')).toBe(0);
    expect(epochDay('2026-11-27') - epochDay('2026-11-20')).toBe(7);
    expect(dayString(epochDay('2024-02-29'))).toBe('2024-02-29');
    expect(epochDay('2026-11-26') % 7).toBe(epochDay('1970-01-01') % 7);
  });

  it('takes only real dates and known time zones', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('26-11-27')).toBe(false);
    expect(isTimeZone('America/Chicago')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
