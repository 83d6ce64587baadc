import { describeMatrix } from '../../../../test/world.ts';
import { eventReportRouteCases } from './authorization.cases.ts';

describeMatrix('After the event authorization matrix', eventReportRouteCases);
