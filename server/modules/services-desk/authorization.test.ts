import { describeMatrix } from '../../../test/world.ts';
import { matrixUploads, servicesDeskRouteCases } from './authorization.cases.ts';

describeMatrix('Services desk authorization matrix', servicesDeskRouteCases, {
  setup: async (t) => {
    matrixUploads.dir = t.uploadDir;
  },
});
