import { describeMatrix } from '../../../test/world.ts';
import { groupBuyingRouteCases } from './authorization.cases.ts';

describeMatrix('Group buying authorization matrix', groupBuyingRouteCases);
