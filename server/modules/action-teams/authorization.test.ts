import { describeMatrix } from '../../../test/world.ts';
import { actionTeamRouteCases } from './authorization.cases.ts';

describeMatrix('Action teams authorization matrix', actionTeamRouteCases);
