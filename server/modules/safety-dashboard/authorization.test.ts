import { describeMatrix } from '../../../test/world.ts';
import { safetyDashboardRoutes } from './authorization.cases.ts';

describeMatrix('safety dashboard authorization matrix', safetyDashboardRoutes);
