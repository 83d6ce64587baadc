import { describe, expect, it } from 'vitest';
import en from '../../../web/src/group-buying/locales/en.ts';
import ko from '../../../web/src/group-buying/locales/ko.ts';

/** Every text of the group-buying page, as key paths with their values. */
function entries(texts: object, prefix = ''): [string, unknown][] {
  return Object.entries(texts).flatMap(([key, value]): [string, unknown][] =>
    value !== null && typeof value === 'object'
      ? entries(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

describe('group buying page texts', () => {
  it('has every text in Korean and in English, none empty', () => {
    const english = entries(en);
    const korean = entries(ko);
    expect(korean.map(([key]) => key).sort()).toEqual(english.map(([key]) => key).sort());
    for (const [key, value] of [...english, ...korean]) {
      expect(typeof value === 'string' && value.trim() !== '', key).toBe(true);
    }
  });
});
