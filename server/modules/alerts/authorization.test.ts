import { describeMatrix } from '../../../test/world.ts';
import { alertRoutes } from './authorization.cases.ts';

describeMatrix('alert authorization matrix', alertRoutes);
