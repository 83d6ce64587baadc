import { describe, expect, it } from 'vitest';
import { routeTo, servesArea, weekStart, type Asker, type Candidate } from './routing.ts';

const DALLAS = { latitude: 32.78, longitude: -96.8 };
const CARROLLTON = { latitude: 32.95, longitude: -96.89 }; // ~13 miles north
const HOUSTON = { latitude: 29.76, longitude: -95.37 };

const candidate = (overrides: Partial<Candidate> = {}): Candidate => ({
  businessId: 'partner',
  routedThisWeek: 0,
  weeklyCapacity: null,
  zips: [],
  radiusMiles: null,
  offerRadiusMiles: 25,
  location: DALLAS,
  languages: ['ko', 'en'],
  sizes: ['solo', 'small', 'medium', 'large'],
  ...overrides,
});
const asker: Asker = {
  businessId: 'member',
  zip: '75006',
  location: CARROLLTON,
  language: 'ko',
  size: 'small',
};

describe('routing rules', () => {
  it("serves the area by the offer's radius, the vetting's own radius, or a listed ZIP code", () => {
    expect(servesArea(candidate(), asker)).toBe(true);
    expect(servesArea(candidate({ offerRadiusMiles: 10 }), asker)).toBe(false);
    expect(servesArea(candidate({ radiusMiles: 5, offerRadiusMiles: 50 }), asker)).toBe(false);
    expect(servesArea(candidate({ location: HOUSTON }), asker)).toBe(false);
    expect(servesArea(candidate({ location: HOUSTON, zips: ['75006'] }), asker)).toBe(true);
    expect(servesArea(candidate({ offerRadiusMiles: null }), asker)).toBe(false);
    expect(servesArea(candidate(), { ...asker, location: null })).toBe(false);
  });

  it('keeps only partners speaking the language and serving the size', () => {
    expect(routeTo([candidate({ languages: ['en'] })], asker)).toEqual([]);
    expect(routeTo([candidate({ sizes: ['large'] })], asker)).toEqual([]);
    expect(routeTo([candidate({ languages: ['en'] })], { ...asker, language: 'en' })).toHaveLength(1);
  });

  it('respects weekly capacity (null: no limit)', () => {
    expect(routeTo([candidate({ weeklyCapacity: 2, routedThisWeek: 1 })], asker)).toHaveLength(1);
    expect(routeTo([candidate({ weeklyCapacity: 2, routedThisWeek: 2 })], asker)).toEqual([]);
    expect(routeTo([candidate({ weeklyCapacity: 0 })], asker)).toEqual([]);
    expect(routeTo([candidate({ routedThisWeek: 500 })], asker)).toHaveLength(1);
  });

  it('never sends a business its own request, and sends to every partner that fits', () => {
    const list = [
      candidate({ businessId: 'a' }),
      candidate({ businessId: 'member' }),
      candidate({ businessId: 'b' }),
    ];
    expect(routeTo(list, asker).map((c) => c.businessId)).toEqual(['a', 'b']);
  });

  it("starts the week on Monday 00:00 on the organization's clock", () => {
    // Sunday 23:00 in Dallas is Monday in UTC: still the week that began the Monday before.
    expect(weekStart(new Date('2026-12-07T05:00:00Z'), 'America/Chicago').toISOString()).toBe(
      '2026-11-30T06:00:00.000Z',
    );
    expect(weekStart(new Date('2026-12-07T07:00:00Z'), 'America/Chicago').toISOString()).toBe(
      '2026-12-07T06:00:00.000Z',
    );
  });
});
