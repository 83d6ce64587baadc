import { describeMatrix } from '../../../test/world.ts';
import { marketEntryRouteCases } from './authorization.cases.ts';

describeMatrix('Market entry authorization matrix', marketEntryRouteCases);
