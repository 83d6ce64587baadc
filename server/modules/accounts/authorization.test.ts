import { describeMatrix } from '../../../test/world.ts';
import { accountRoutes } from './authorization.cases.ts';

describeMatrix('account authorization matrix', accountRoutes);
