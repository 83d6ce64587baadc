import type { RouteCase } from '../../../../test/world.ts';

/** Who may call each route of this part of gatherings. */
export const registrationRouteCases: RouteCase[] = [];
