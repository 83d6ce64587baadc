import type { RouteCase } from '../../../test/world.ts';

/** Group buying: who may call each route. */
export const groupBuyingRouteCases: RouteCase[] = [];
