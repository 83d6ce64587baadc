import { describeMatrix } from '../../../test/world.ts';
import { introductionRoutes } from './authorization.cases.ts';

describeMatrix('introduction authorization matrix', introductionRoutes);
