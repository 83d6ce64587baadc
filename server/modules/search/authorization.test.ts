import { describeMatrix } from '../../../test/world.ts';
import { searchRoutes } from './authorization.cases.ts';
import { reindexAll } from './indexing.ts';

// The matrix world's businesses are written straight to the tables, so index them once.
describeMatrix('search authorization matrix', searchRoutes, {
  setup: (t) => reindexAll(t.handle.db).then(() => undefined),
});
