import { describeMatrix } from '../../../test/world.ts';
import { inventoryRoutes } from './authorization.cases.ts';

describeMatrix('Smart Store inventory authorization matrix', inventoryRoutes);
