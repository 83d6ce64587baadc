import type { Transaction } from 'kysely';
import { inDays, newId } from '../platform/auth/secrets.ts';
import type { AssessmentKind, Database } from '../platform/db/schema.ts';
import { checklistOf } from '../modules/assessments/checklists/index.ts';
import { scoreAnswers } from '../modules/assessments/score.ts';

/**
 * Completed self-assessments of the demo convenience stores, so the safety dashboard has a spread of
 * levels and Han Mart's owner sees a history (an ordinance check that improved over two months).
 * Answers not listed are "yes".
 */
interface DemoAssessment {
  business: string;
  kind: AssessmentKind;
  by?: string;
  daysAgo: number;
  answers: Record<string, string>;
}

export const demoAssessments: DemoAssessment[] = [
  {
    business: 'han-mart',
    kind: 'dallas_ordinance',
    by: 'owner@hanmart.example',
    daysAgo: 75,
    answers: {
      training: 'no',
      camera_count: 'partly',
      camera_quality: 'unsure',
      retention: 'partly',
      height_markers: 'no',
      exterior_lighting: 'partly',
      atm: 'na',
    },
  },
  {
    business: 'han-mart',
    kind: 'dallas_ordinance',
    by: 'owner@hanmart.example',
    daysAgo: 12,
    answers: { training: 'partly', exterior_lighting: 'partly', atm: 'na' },
  },
  {
    business: 'han-mart',
    kind: 'store_safety',
    by: 'owner@hanmart.example',
    daysAgo: 12,
    answers: { bank_deposits: 'no', opening_closing: 'partly', landscaping: 'na', alarms: 'partly' },
  },
  {
    business: 'royal-lane-food-mart',
    kind: 'dallas_ordinance',
    daysAgo: 30,
    answers: {
      registration: 'unsure',
      trespass_affidavit: 'no',
      camera_count: 'partly',
      camera_placement: 'partly',
      silent_alarm: 'no',
      drop_safe: 'partly',
      visibility: 'no',
      training: 'no',
    },
  },
  {
    business: 'royal-lane-food-mart',
    kind: 'cyber',
    daysAgo: 20,
    answers: { mfa: 'no', backups: 'partly', wifi: 'no', phishing: 'partly', incident_plan: 'no' },
  },
  {
    business: 'josey-express-mart',
    kind: 'cyber',
    daysAgo: 5,
    answers: { passwords: 'partly', website: 'na' },
  },
];

export async function insertSafetyAssessments(
  trx: Transaction<Database>,
  businessIds: Map<string, string>,
  userIds: Map<string, string>,
): Promise<void> {
  const rows = demoAssessments.map((a) => {
    const checklist = checklistOf(a.kind);
    const answers = Object.fromEntries(checklist.questions.map((q) => [q.id, a.answers[q.id] ?? 'yes']));
    const { score, maxScore } = scoreAnswers(checklist, answers);
    const businessId = businessIds.get(a.business);
    if (!businessId) {
      throw new Error(`The demo assessment refers to "${a.business}", which does not exist`);
    }
    return {
      id: newId(),
      business_id: businessId,
      kind: a.kind,
      answers: JSON.stringify(answers),
      score,
      max_score: maxScore,
      completed_by_user_id: a.by ? (userIds.get(a.by) ?? null) : null,
      created_at: inDays(-a.daysAgo),
    };
  });
  await trx.insertInto('safety_assessments').values(rows).execute();
}
