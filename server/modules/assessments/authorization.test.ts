import { describeMatrix } from '../../../test/world.ts';
import { assessmentRoutes } from './authorization.cases.ts';

describeMatrix('self-assessment authorization matrix', assessmentRoutes);
