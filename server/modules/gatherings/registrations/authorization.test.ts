import { describeMatrix } from '../../../../test/world.ts';
import { registrationRouteCases } from './authorization.cases.ts';

describeMatrix('Registrations authorization matrix', registrationRouteCases);
