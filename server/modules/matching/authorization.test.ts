import { describeMatrix } from '../../../test/world.ts';
import { matchingRoutes } from './authorization.cases.ts';

describeMatrix('matching authorization matrix', matchingRoutes);
