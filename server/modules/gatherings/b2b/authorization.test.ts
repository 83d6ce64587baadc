import { describeMatrix } from '../../../../test/world.ts';
import { b2bRouteCases } from './authorization.cases.ts';

describeMatrix('B2B meetings authorization matrix', b2bRouteCases);
