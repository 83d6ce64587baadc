import { describeMatrix } from '../../../test/world.ts';
import { cameraRoutes } from './authorization.cases.ts';

describeMatrix('camera registry authorization matrix', cameraRoutes);
