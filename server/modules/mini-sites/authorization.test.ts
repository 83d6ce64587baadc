import { describeMatrix } from '../../../test/world.ts';
import { miniSiteRouteCases } from './authorization.cases.ts';

describeMatrix('Mini-site authorization matrix', miniSiteRouteCases);
