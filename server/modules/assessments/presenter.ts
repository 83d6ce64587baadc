import type { Locale } from '../../platform/db/schema.ts';
import type { Bilingual, Checklist } from './checklists/types.ts';
import type { Definition, HistoryItem, NextStep, Result } from './schema.ts';
import type { Scored } from './score.ts';
import { levelOf, percentOf } from './score.ts';
import type { AssessmentRow } from './queries.ts';

export const pick = (text: Bilingual, locale: Locale): string => text[locale];

/** A checklist in the reader's language, with each question's best possible points. */
export function presentDefinition(checklist: Checklist, locale: Locale): Definition {
  return {
    kind: checklist.kind,
    title: pick(checklist.title, locale),
    intro: pick(checklist.intro, locale),
    sources: checklist.sources.map((s) => ({ label: pick(s.label, locale), url: s.url })),
    checkedOn: checklist.checkedOn,
    questions: checklist.questions.map((q) => ({
      id: q.id,
      section: pick(q.section, locale),
      text: pick(q.text, locale),
      help: pick(q.help, locale),
      reference: q.reference ?? null,
      required: q.required === true,
      maxPoints: Math.max(...q.options.map((o) => o.points ?? 0)),
      options: q.options.map((o) => ({ id: o.id, label: pick(o.label, locale), points: o.points })),
      pillar: q.pillar,
    })),
  };
}

export function presentHistoryItem(row: AssessmentRow): HistoryItem {
  const percent = percentOf(row.score, row.max_score);
  return {
    id: row.id,
    kind: row.kind,
    score: row.score,
    maxScore: row.max_score,
    percent,
    level: levelOf(percent),
    createdAt: row.created_at,
  };
}

export function presentResult(
  row: AssessmentRow,
  checklist: Checklist,
  scored: Scored,
  nextSteps: NextStep[],
  locale: Locale,
): Result {
  return {
    ...presentHistoryItem(row),
    title: pick(checklist.title, locale),
    requiredGaps: scored.requiredGaps,
    completedBy: row.completed_by,
    answers: JSON.parse(row.answers) as Record<string, string>,
    nextSteps,
  };
}
