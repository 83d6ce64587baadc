import type { RouteCase } from '../../../../test/world.ts';

/** Smart Store: sales brought in from a point-of-sale export.: who may call each route. */
export const salesImportRouteCases: RouteCase[] = [];
