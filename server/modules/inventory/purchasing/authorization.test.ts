import { describeMatrix } from '../../../../test/world.ts';
import { purchasingRouteCases } from './authorization.cases.ts';

describeMatrix('Smart Store purchasing authorization matrix', purchasingRouteCases);
