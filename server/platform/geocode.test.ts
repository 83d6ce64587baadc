import { describe, expect, it } from 'vitest';
import { geocodeZip, normalizeZip } from './geocode.ts';

describe('geocodeZip', () => {
  it('finds a Dallas ZIP offline', () => {
    const location = geocodeZip('75201');
    expect(location).toMatchObject({ zip: '75201', city: 'Dallas', state: 'TX' });
    expect(location?.latitude).toBeCloseTo(32.78, 1);
  });

  it('accepts ZIP+4 and trims spaces', () => {
    expect(normalizeZip(' 75201-1234 ')).toBe('75201');
    expect(geocodeZip('752011234')?.zip).toBe('75201');
  });

  it('returns undefined for unknown or malformed ZIPs', () => {
    expect(geocodeZip('00000')).toBeUndefined();
    expect(geocodeZip('7520')).toBeUndefined();
    expect(geocodeZip('abcde')).toBeUndefined();
  });
});
