import { localToUtc } from '../modules/gatherings/occurrences.ts';
import { wallClock } from './time-zones.ts';

/**
 * Business-day clocks: weekdays that are not US federal holidays, counted on an organization's wall
 * clock. Holidays are computed by rule (no calendar files, no network); a holiday on a Saturday is
 * observed on the Friday before, one on a Sunday on the Monday after — New Year's Day on a Saturday
 * is observed on December 31 of the year before.
 */

/** YYYY-MM-DD of a calendar date (month 1–12). */
function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
function dayOfWeek(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The nth (1-based) given weekday of the month. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  const first = dayOfWeek(year, month, 1);
  return 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7;
}

function lastWeekday(year: number, month: number, weekday: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const last = dayOfWeek(year, month, lastDay);
  return lastDay - ((last - weekday + 7) % 7);
}

/** A fixed-date holiday moved to the weekday it is observed on. */
function observed(year: number, month: number, day: number): string {
  const weekday = dayOfWeek(year, month, day);
  const shift = weekday === 6 ? -1 : weekday === 0 ? 1 : 0;
  return isoDate(year, month, day + shift);
}

const MONDAY = 1;
const THURSDAY = 4;

/** The observed federal holidays whose observed date falls in the year, as YYYY-MM-DD. */
export function federalHolidays(year: number): string[] {
  const days = [
    observed(year, 1, 1),
    isoDate(year, 1, nthWeekday(year, 1, MONDAY, 3)),
    isoDate(year, 2, nthWeekday(year, 2, MONDAY, 3)),
    isoDate(year, 5, lastWeekday(year, 5, MONDAY)),
    observed(year, 6, 19),
    observed(year, 7, 4),
    isoDate(year, 9, nthWeekday(year, 9, MONDAY, 1)),
    isoDate(year, 10, nthWeekday(year, 10, MONDAY, 2)),
    observed(year, 11, 11),
    isoDate(year, 11, nthWeekday(year, 11, THURSDAY, 4)),
    observed(year, 12, 25),
    // Next year's New Year's Day, when a Saturday, is observed on this year's December 31.
    observed(year + 1, 1, 1),
  ];
  return days.filter((d) => d.startsWith(`${year}-`));
}

const holidayCache = new Map<number, Set<string>>();

export function isFederalHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(federalHolidays(year));
    holidayCache.set(year, set);
  }
  return set.has(date);
}

/** Whether the calendar date (YYYY-MM-DD) is a weekday and not an observed federal holiday. */
export function isBusinessDay(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = dayOfWeek(y, m, d);
  return weekday !== 0 && weekday !== 6 && !isFederalHoliday(date);
}

function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return isoDate(y, m, d + 1);
}

/** The calendar date the zone's clocks read at the instant. */
export function localDate(at: Date, timeZone: string): string {
  const c = wallClock(at.getTime(), timeZone);
  return isoDate(c.year, c.month, c.day);
}

/** The nth business day after the date (the date itself never counts). */
export function addBusinessDays(date: string, count: number): string {
  let day = date;
  let left = count;
  while (left > 0) {
    day = nextDate(day);
    if (isBusinessDay(day)) {
      left -= 1;
    }
  }
  return day;
}

/**
 * When an answer given `count` business days after `at` is due: the end of the nth business day after
 * the day it is on the zone's clocks (midnight that starts the next day). A request filed on a Friday
 * afternoon, or over the weekend, with 2 business days is due by the end of Tuesday.
 */
export function businessDeadline(at: Date, count: number, timeZone: string): { dueOn: string; dueAt: Date } {
  const dueOn = addBusinessDays(localDate(at, timeZone), count);
  return { dueOn, dueAt: localToUtc(nextDate(dueOn), '00:00', timeZone) };
}
