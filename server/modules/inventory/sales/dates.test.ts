import { describe, expect, it } from 'vitest';
import { instantOf, parseDateTime, parseDay, parseTime, squareTimeZone } from './dates.ts';

describe('dates and times as tills write them', () => {
  it.each([
    ['2026-03-14', '2026-03-14'],
    ['2026/3/4', '2026-03-04'],
    ['2026. 3. 14.', '2026-03-14'],
    ['3/14/2026', '2026-03-14'],
    ['03/14/26', '2026-03-14'],
    ['14/03/2026', null],
    ['2026-02-30', null],
    ['2026-13-01', null],
    ['yesterday', null],
  ])('reads the day %s as %s', (text, day) => {
    expect(parseDay(text)).toBe(day);
  });

  it.each([
    ['13:05', 47_100],
    ['13:05:09', 47_109],
    ['1:05 PM', 47_100],
    ['12:00 am', 0],
    ['24:00', null],
    ['13:05 PM', null],
  ])('reads the time %s as %s seconds', (text, seconds) => {
    expect(parseTime(text)).toBe(seconds);
  });

  it('reads a date and time with or without its own offset', () => {
    expect(parseDateTime('2026-03-14 13:05')).toEqual({
      day: '2026-03-14',
      seconds: 47_100,
      offsetMinutes: null,
    });
    expect(parseDateTime('2026-03-14T13:05:00-05:00')).toEqual({
      day: '2026-03-14',
      seconds: 47_100,
      offsetMinutes: -300,
    });
    expect(parseDateTime('2026-03-14T03:30:00Z')?.offsetMinutes).toBe(0);
    expect(parseDateTime('3/14/2026 1:05 PM')).toEqual({
      day: '2026-03-14',
      seconds: 47_100,
      offsetMinutes: null,
    });
    expect(parseDateTime('2026-03-14 25:00')).toBeNull();
  });

  it('finds the instant of a Dallas wall-clock time, summer and winter, and across the spring gap', () => {
    const at = (day: string, seconds: number) =>
      instantOf({ day, seconds, offsetMinutes: null }, 'America/Chicago');
    expect(at('2026-01-15', 9 * 3600).toISOString()).toBe('2026-01-15T15:00:00.000Z');
    expect(at('2026-07-15', 9 * 3600).toISOString()).toBe('2026-07-15T14:00:00.000Z');
    // 02:30 on 8 March 2026 never happened in Dallas: the till's clock read 03:30 CDT.
    expect(at('2026-03-08', 2.5 * 3600).toISOString()).toBe('2026-03-08T08:30:00.000Z');
    expect(at('2026-03-08', 3.5 * 3600).toISOString()).toBe('2026-03-08T08:30:00.000Z');
    expect(at('2026-03-08', 1.5 * 3600).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(
      instantOf({ day: '2026-03-14', seconds: 0, offsetMinutes: 540 }, 'America/Chicago').toISOString(),
    ).toBe('2026-03-13T15:00:00.000Z');
  });

  it('knows Square’s time zone names and IANA names, and no others', () => {
    expect(squareTimeZone('Central Time (US & Canada)')).toBe('America/Chicago');
    expect(squareTimeZone('Seoul')).toBe('Asia/Seoul');
    expect(squareTimeZone('America/Denver')).toBe('America/Denver');
    expect(squareTimeZone('Middle Earth')).toBeNull();
  });
});
