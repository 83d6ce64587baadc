import { describeMatrix } from '../../../../test/world.ts';
import { costReportRouteCases } from './authorization.cases.ts';

describeMatrix('Smart Store cost-reduction report authorization matrix', costReportRouteCases);
