import type { MatrixWorld, RoleName, RouteCase } from '../../../test/world.ts';
import { everyone } from '../../../test/world.ts';
import type { Db } from '../../platform/db/database.ts';
import { newId, now } from '../../platform/auth/secrets.ts';
import { cyber } from './checklists/cyber.ts';

/**
 * The authorization matrix of the self-assessment routes (run by authorization.test.ts): the
 * definitions are public; a business's assessments belong to whoever may edit the business.
 */

/** Editors of `business` (organization under test) and of `otherBusiness` (the other organization). */
const editors: readonly RoleName[] = ['owner', 'staff', 'admin', 'platformAdmin', 'token'];
const otherEditors: readonly RoleName[] = ['otherAdmin', 'platformAdmin', 'otherToken'];

/** Every answer "yes": a complete, valid cyber checklist. */
export function allYes(questionIds: readonly string[]): Record<string, string> {
  return Object.fromEntries(questionIds.map((id) => [id, 'yes']));
}

const cyberQuestions = cyber.questions.map((q) => q.id);

async function storedAssessment(db: Db, businessId: string): Promise<string> {
  const id = newId();
  await db
    .insertInto('safety_assessments')
    .values({
      id,
      business_id: businessId,
      kind: 'cyber',
      answers: JSON.stringify({ ...allYes(cyberQuestions), mfa: 'no' }),
      score: 46,
      max_score: 52,
      completed_by_user_id: null,
      created_at: now(),
    })
    .execute();
  return id;
}

const submit = (slug: string) => ({
  method: 'POST' as const,
  url: `/api/v1/businesses/${slug}/assessments`,
  payload: { kind: 'cyber', answers: allYes(cyberQuestions) },
});

export const assessmentRoutes: RouteCase[] = [
  {
    route: 'GET /assessments/definitions',
    allowed: everyone,
    request: async () => ({ method: 'GET', url: '/api/v1/assessments/definitions' }),
  },
  {
    route: 'POST /businesses/:slug/assessments',
    allowed: editors,
    request: async (_db, w: MatrixWorld) => submit(w.business.slug),
  },
  {
    route: 'POST /businesses/:slug/assessments',
    target: 'other org',
    allowed: otherEditors,
    request: async (_db, w: MatrixWorld) => submit(w.otherBusiness.slug),
  },
  {
    route: 'GET /businesses/:slug/assessments',
    allowed: editors,
    request: async (_db, w) => ({ method: 'GET', url: `/api/v1/businesses/${w.business.slug}/assessments` }),
  },
  {
    route: 'GET /businesses/:slug/assessments',
    target: 'other org',
    allowed: otherEditors,
    request: async (_db, w) => ({
      method: 'GET',
      url: `/api/v1/businesses/${w.otherBusiness.slug}/assessments`,
    }),
  },
  {
    route: 'GET /businesses/:slug/assessments/:id',
    allowed: editors,
    request: async (db, w) => ({
      method: 'GET',
      url: `/api/v1/businesses/${w.business.slug}/assessments/${await storedAssessment(db, w.business.id)}`,
    }),
  },
];
