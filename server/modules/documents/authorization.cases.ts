import type { Db } from '../../platform/db/database.ts';
import type { MatrixWorld, RouteCase } from '../../../test/world.ts';
import { freshDocument, freshShare, multipart, testPdf } from './scene.ts';

/**
 * The document vault: only the business's own people (owner and staff) see and manage its documents —
 * no organization admins, platform admins or API tokens: they are the business's private papers. A
 * document shared with a partner business is read by that business's people: in this world the other
 * organization's business shares one with the business under test, so its owner and staff read it.
 */
const ownPeople = ['owner', 'staff'] as const;

/** Filled by the matrix's setup: a document with a stored file, and a share of one from elsewhere. */
export const documentTargets = { withFile: '', sharedWithFile: '' };

const docs = (w: MatrixWorld) => `/api/v1/businesses/${w.business.slug}/documents`;
const document = async (db: Db, w: MatrixWorld) => `${docs(w)}/${await freshDocument(db, w.business.id)}`;
const shared = (w: MatrixWorld) => `/api/v1/businesses/${w.business.slug}/shared-documents`;

export const documentRouteCases: RouteCase[] = [
  {
    route: 'GET /businesses/:slug/documents',
    allowed: ownPeople,
    request: async (_db, w) => ({ method: 'GET', url: `${docs(w)}?q=permit` }),
  },
  {
    route: 'POST /businesses/:slug/documents',
    allowed: ownPeople,
    request: async (_db, w) => ({
      method: 'POST',
      url: docs(w),
      payload: { type: 'insurance', title: 'General liability', expiresOn: '2027-06-30' },
    }),
  },
  {
    route: 'GET /businesses/:slug/documents/:id',
    allowed: ownPeople,
    request: async (db, w) => ({ method: 'GET', url: await document(db, w) }),
  },
  {
    route: 'PATCH /businesses/:slug/documents/:id',
    allowed: ownPeople,
    request: async (db, w) => ({ method: 'PATCH', url: await document(db, w), payload: { number: 'P-1' } }),
  },
  {
    route: 'DELETE /businesses/:slug/documents/:id',
    allowed: ownPeople,
    request: async (db, w) => ({ method: 'DELETE', url: await document(db, w) }),
  },
  {
    route: 'PUT /businesses/:slug/documents/:id/file',
    allowed: ownPeople,
    request: async (db, w) => ({
      method: 'PUT',
      url: `${await document(db, w)}/file`,
      ...multipart(await testPdf(['Permit']), 'permit.pdf', 'application/pdf'),
    }),
  },
  {
    route: 'GET /businesses/:slug/documents/:id/file',
    allowed: ownPeople,
    request: async (_db, w) => ({ method: 'GET', url: `${docs(w)}/${documentTargets.withFile}/file` }),
  },
  {
    route: 'POST /businesses/:slug/documents/:id/shares',
    allowed: ownPeople,
    request: async (db, w) => ({
      method: 'POST',
      url: `${await document(db, w)}/shares`,
      payload: { partnerSlug: w.otherBusiness.slug, days: 3 },
    }),
  },
  {
    route: 'DELETE /businesses/:slug/documents/:id/shares/:shareId',
    allowed: ownPeople,
    request: async (db, w) => {
      const id = await freshDocument(db, w.business.id);
      const shareId = await freshShare(db, id, w.otherBusiness.id);
      return { method: 'DELETE', url: `${docs(w)}/${id}/shares/${shareId}` };
    },
  },
  {
    route: 'GET /businesses/:slug/shared-documents',
    allowed: ownPeople,
    request: async (_db, w) => ({ method: 'GET', url: shared(w) }),
  },
  {
    route: 'GET /businesses/:slug/shared-documents/:shareId',
    allowed: ownPeople,
    request: async (_db, w) => ({ method: 'GET', url: `${shared(w)}/${documentTargets.sharedWithFile}` }),
  },
  {
    route: 'GET /businesses/:slug/shared-documents/:shareId/file',
    allowed: ownPeople,
    request: async (_db, w) => ({
      method: 'GET',
      url: `${shared(w)}/${documentTargets.sharedWithFile}/file`,
    }),
  },
];
