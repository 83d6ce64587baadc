import { describeMatrix } from '../../../../test/world.ts';
import { salesImportRouteCases } from './authorization.cases.ts';

describeMatrix('Smart Store sales import authorization matrix', salesImportRouteCases);
