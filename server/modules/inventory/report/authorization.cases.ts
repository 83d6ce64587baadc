import type { RouteCase } from '../../../../test/world.ts';

/** Smart Store: the cost-reduction report.: who may call each route. */
export const costReportRouteCases: RouteCase[] = [];
