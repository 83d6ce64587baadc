import { describe, expect, it } from 'vitest';
import { localToUtc, nextOccurrence, occurrenceOn, occurrencesBetween, rruleProblem } from './occurrences.ts';

const roundtable = {
  starts_on: '2026-01-15',
  start_time: '07:30',
  end_time: '09:00',
  time_zone: 'America/Chicago',
  rrule: 'FREQ=MONTHLY;BYDAY=3TH;COUNT=12',
  cancelled_dates: '["2026-07-16"]',
};

describe('occurrences', () => {
  it('turns Dallas wall-clock times into instants across daylight saving time', () => {
    expect(localToUtc('2026-01-15', '07:30', 'America/Chicago').toISOString()).toBe(
      '2026-01-15T13:30:00.000Z',
    );
    expect(localToUtc('2026-07-16', '07:30', 'America/Chicago').toISOString()).toBe(
      '2026-07-16T12:30:00.000Z',
    );
    // 02:30 on 8 March 2026 does not exist in Chicago: the clocks jump to 03:30.
    expect(localToUtc('2026-03-08', '02:30', 'America/Chicago').toISOString()).toBe(
      '2026-03-08T08:30:00.000Z',
    );
    // 01:30 on 1 November 2026 happens twice: the first (CDT) is meant.
    expect(localToUtc('2026-11-01', '01:30', 'America/Chicago').toISOString()).toBe(
      '2026-11-01T06:30:00.000Z',
    );
  });

  it('expands the third Thursday of each month at 7:30 local time, cancelled dates marked', () => {
    const all = occurrencesBetween(roundtable, new Date('2025-01-01'), new Date('2028-01-01'));
    expect(all.map((o) => o.date)).toEqual([
      '2026-01-15',
      '2026-02-19',
      '2026-03-19',
      '2026-04-16',
      '2026-05-21',
      '2026-06-18',
      '2026-07-16',
      '2026-08-20',
      '2026-09-17',
      '2026-10-15',
      '2026-11-19',
      '2026-12-17',
    ]);
    expect(all.filter((o) => o.cancelled).map((o) => o.date)).toEqual(['2026-07-16']);
    expect(all[3]!.startsAt.toISOString()).toBe('2026-04-16T12:30:00.000Z');
    expect(all[11]!.endsAt.toISOString()).toBe('2026-12-17T15:00:00.000Z');
  });

  it('finds an occurrence by its date, and nothing on other dates', () => {
    expect(occurrenceOn(roundtable, '2026-02-19')?.startsAt.toISOString()).toBe('2026-02-19T13:30:00.000Z');
    expect(occurrenceOn(roundtable, '2026-02-20')).toBeNull();
    expect(occurrenceOn(roundtable, 'not-a-date')).toBeNull();
    expect(occurrenceOn({ ...roundtable, rrule: null }, '2026-01-15')?.date).toBe('2026-01-15');
  });

  it('skips cancelled occurrences for the next one, and knows when a series is over', () => {
    expect(nextOccurrence(roundtable, new Date('2026-07-01'))?.date).toBe('2026-08-20');
    expect(nextOccurrence(roundtable, new Date('2027-01-01'))).toBeNull();
  });

  it('refuses RRULEs it cannot expand', () => {
    expect(rruleProblem('FREQ=MONTHLY;BYDAY=3TH', '2026-01-15')).toBeNull();
    expect(rruleProblem('FREQ=SECONDLY', '2026-01-15')).toBe('frequency');
    expect(rruleProblem('nonsense', '2026-01-15')).toBe('invalid');
    expect(rruleProblem('FREQ=DAILY;DTSTART=20260101', '2026-01-15')).toBe('invalid');
  });
});
