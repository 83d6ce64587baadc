import type { RouteCase } from '../../../../test/world.ts';

/** Smart Store: catalogue import from CSV/XLSX (mapping, dry run, encodings).: who may call each route. */
export const catalogueImportRouteCases: RouteCase[] = [];
