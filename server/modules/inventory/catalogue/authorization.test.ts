import { describeMatrix } from '../../../../test/world.ts';
import { catalogueImportRouteCases } from './authorization.cases.ts';

describeMatrix('Smart Store catalogue import authorization matrix', catalogueImportRouteCases);
