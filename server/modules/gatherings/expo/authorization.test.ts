import { expect } from 'vitest';
import { describeMatrix } from '../../../../test/world.ts';
import { expoRouteCases, uploadExpoLogo } from './authorization.cases.ts';

describeMatrix('Expo authorization matrix', expoRouteCases, {
  setup: async (t, world) => {
    expect(await uploadExpoLogo((options) => t.app.inject(options), t.handle.db, world)).toBe(200);
  },
});
