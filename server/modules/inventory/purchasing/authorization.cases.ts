import type { RouteCase } from '../../../../test/world.ts';

/** Smart Store: ordering settings, purchase suggestions and purchase orders.: who may call each route. */
export const purchasingRouteCases: RouteCase[] = [];
