import { describeMatrix } from '../../../test/world.ts';
import { documentRouteCases, documentTargets } from './authorization.cases.ts';
import { attachPdf, freshDocument, freshShare } from './scene.ts';

describeMatrix('Document vault authorization matrix', documentRouteCases, {
  setup: async (t, world) => {
    const db = t.handle.db;
    documentTargets.withFile = await freshDocument(db, world.business.id);
    await attachPdf(db, t.uploadDir, world.business.id, documentTargets.withFile);
    const elsewhere = await freshDocument(db, world.otherBusiness.id, { title: 'Lease' });
    await attachPdf(db, t.uploadDir, world.otherBusiness.id, elsewhere);
    documentTargets.sharedWithFile = await freshShare(db, elsewhere, world.business.id);
  },
});
