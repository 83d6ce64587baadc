import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessDeadline,
  federalHolidays,
  isBusinessDay,
  localDate,
} from './business-days.ts';

const CHICAGO = 'America/Chicago';

describe('US federal holidays by rule', () => {
  it('lists the eleven holidays of 2026 on their observed days', () => {
    expect(federalHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-01-19', // MLK Day, third Monday of January
      '2026-02-16', // Presidents' Day
      '2026-05-25', // Memorial Day, last Monday of May
      '2026-06-19', // Juneteenth
      '2026-07-03', // Independence Day falls on a Saturday: observed Friday
      '2026-09-07', // Labor Day
      '2026-10-12', // Columbus Day
      '2026-11-11', // Veterans Day
      '2026-11-26', // Thanksgiving, fourth Thursday of November
      '2026-12-25',
    ]);
  });

  it('moves Saturday holidays to Friday and Sunday ones to Monday, across the new year', () => {
    expect(federalHolidays(2021)).toContain('2021-12-31'); // New Year's Day 2022 was a Saturday
    expect(federalHolidays(2022)).not.toContain('2022-01-01');
    expect(federalHolidays(2022)).toContain('2022-12-26'); // Christmas on a Sunday
    expect(federalHolidays(2027)).toContain('2027-06-18'); // Juneteenth on a Saturday
    expect(federalHolidays(2027)).toContain('2027-07-05'); // Independence Day on a Sunday
  });

  it('counts weekdays that are not holidays', () => {
    expect(isBusinessDay('2026-11-26')).toBe(false);
    expect(isBusinessDay('2026-11-27')).toBe(true);
    expect(isBusinessDay('2026-11-28')).toBe(false);
    expect(isBusinessDay('2026-07-03')).toBe(false);
    expect(addBusinessDays('2026-12-31', 1)).toBe('2027-01-04');
  });
});

describe('business-day deadlines in the organization time zone', () => {
  it('gives a Friday-afternoon request until the end of Tuesday', () => {
    const friday = new Date('2026-12-04T21:00:00Z'); // 15:00 in Dallas
    const due = businessDeadline(friday, 2, CHICAGO);
    expect(due.dueOn).toBe('2026-12-08');
    expect(due.dueAt.toISOString()).toBe('2026-12-09T06:00:00.000Z'); // midnight CST
  });

  it('skips Thanksgiving: filed the Wednesday before, due at the end of Monday', () => {
    const due = businessDeadline(new Date('2026-11-25T16:00:00Z'), 2, CHICAGO);
    expect(due.dueOn).toBe('2026-11-30');
  });

  it('gives weekend requests until the end of Tuesday', () => {
    expect(businessDeadline(new Date('2026-12-05T18:00:00Z'), 2, CHICAGO).dueOn).toBe('2026-12-08');
    expect(businessDeadline(new Date('2026-12-06T18:00:00Z'), 2, CHICAGO).dueOn).toBe('2026-12-08');
  });

  it("reads the day on the organization's clock, not UTC's", () => {
    // Thursday 23:30 in Dallas is already Friday in UTC and in Seoul.
    const lateThursday = new Date('2026-12-04T05:30:00Z');
    expect(localDate(lateThursday, CHICAGO)).toBe('2026-12-03');
    expect(businessDeadline(lateThursday, 2, CHICAGO).dueOn).toBe('2026-12-07');
    const seoul = businessDeadline(lateThursday, 2, 'Asia/Seoul');
    expect(seoul.dueOn).toBe('2026-12-08');
    expect(seoul.dueAt.toISOString()).toBe('2026-12-08T15:00:00.000Z');
  });

  it('ends at local midnight across a change of clocks', () => {
    // Friday before the end of daylight saving time (Sunday 1 November 2026): due Tuesday, CST.
    const due = businessDeadline(new Date('2026-10-30T20:00:00Z'), 2, CHICAGO);
    expect(due.dueOn).toBe('2026-11-03');
    expect(due.dueAt.toISOString()).toBe('2026-11-04T06:00:00.000Z');
  });
});
