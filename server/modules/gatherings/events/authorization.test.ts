import { describeMatrix } from '../../../../test/world.ts';
import { eventRouteCases } from './authorization.cases.ts';

describeMatrix('Events authorization matrix', eventRouteCases);
