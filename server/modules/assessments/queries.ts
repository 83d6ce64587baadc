import type { DbOrTrx } from '../../platform/db/database.ts';
import type { AssessmentKind } from '../../platform/db/schema.ts';

export interface AssessmentRow {
  id: string;
  kind: AssessmentKind;
  answers: string;
  score: number;
  max_score: number;
  created_at: string;
  completed_by: string | null;
}

export async function insertAssessment(
  db: DbOrTrx,
  values: {
    id: string;
    businessId: string;
    kind: AssessmentKind;
    answers: Record<string, string>;
    score: number;
    maxScore: number;
    userId: string | null;
    at: string;
  },
): Promise<void> {
  await db
    .insertInto('safety_assessments')
    .values({
      id: values.id,
      business_id: values.businessId,
      kind: values.kind,
      answers: JSON.stringify(values.answers),
      score: values.score,
      max_score: values.maxScore,
      completed_by_user_id: values.userId,
      created_at: values.at,
    })
    .execute();
}

function assessmentRows(db: DbOrTrx, businessId: string) {
  return db
    .selectFrom('safety_assessments')
    .leftJoin('users', 'users.id', 'safety_assessments.completed_by_user_id')
    .select([
      'safety_assessments.id',
      'safety_assessments.kind',
      'safety_assessments.answers',
      'safety_assessments.score',
      'safety_assessments.max_score',
      'safety_assessments.created_at',
      'users.name as completed_by',
    ])
    .where('safety_assessments.business_id', '=', businessId);
}

/** Every assessment of the business, newest first, with the name of whoever completed it. */
export function assessmentsOf(db: DbOrTrx, businessId: string, limit = 200): Promise<AssessmentRow[]> {
  return assessmentRows(db, businessId)
    .orderBy('safety_assessments.created_at', 'desc')
    .orderBy('safety_assessments.id', 'desc')
    .limit(limit)
    .execute();
}

export function assessmentOf(
  db: DbOrTrx,
  businessId: string,
  id: string,
): Promise<AssessmentRow | undefined> {
  return assessmentRows(db, businessId).where('safety_assessments.id', '=', id).executeTakeFirst();
}

export function activePillars(db: DbOrTrx, keys: string[]) {
  return db
    .selectFrom('pillars')
    .select(['key', 'name_ko', 'name_en'])
    .where('key', 'in', keys)
    .where('retired', '=', 0)
    .execute();
}
