import type { Checklist, Question } from './checklists/types.ts';

/** Score bands, by share of the points available: at least 90 %, 70 %, 40 %, else "poor". */
export const levels = ['excellent', 'good', 'fair', 'poor'] as const;
export type Level = (typeof levels)[number];

const thresholds: readonly [Level, number][] = [
  ['excellent', 90],
  ['good', 70],
  ['fair', 40],
];

export function levelOf(percent: number): Level {
  return thresholds.find(([, minimum]) => percent >= minimum)?.[0] ?? 'poor';
}

/** Whole percent of the maximum, rounded down so "90 %" really means at least 90 %. */
export function percentOf(score: number, maxScore: number): number {
  return maxScore === 0 ? 100 : Math.floor((score * 100) / maxScore);
}

export interface Gap {
  question: Question;
  answerId: string;
  points: number;
  maxPoints: number;
}

export interface Scored {
  score: number;
  maxScore: number;
  percent: number;
  level: Level;
  /** Questions answered below full points, heaviest shortfall first, in checklist order on ties. */
  gaps: Gap[];
  /** Legal requirements not fully met (the ordinance's "must"s). */
  requiredGaps: number;
}

function fullPoints(question: Question): number {
  return Math.max(...question.options.map((o) => o.points ?? 0));
}

/**
 * Weighted score: each question adds its answer's points, and its best answer's points to the
 * maximum; a "does not apply" answer adds to neither. Submissions are validated complete first; a
 * question without a known answer (stored under an older version of a checklist) is left out.
 */
export function scoreAnswers(checklist: Checklist, answers: Readonly<Record<string, string>>): Scored {
  let score = 0;
  let maxScore = 0;
  const gaps: Gap[] = [];
  for (const question of checklist.questions) {
    const answerId = answers[question.id];
    const option = question.options.find((o) => o.id === answerId);
    if (!option || answerId === undefined || option.points === null) {
      continue;
    }
    const maxPoints = fullPoints(question);
    score += option.points;
    maxScore += maxPoints;
    if (option.points < maxPoints) {
      gaps.push({ question, answerId, points: option.points, maxPoints });
    }
  }
  const order = new Map(checklist.questions.map((q, index) => [q.id, index]));
  gaps.sort(
    (a, b) =>
      b.maxPoints - b.points - (a.maxPoints - a.points) ||
      (order.get(a.question.id) ?? 0) - (order.get(b.question.id) ?? 0),
  );
  const percent = percentOf(score, maxScore);
  return {
    score,
    maxScore,
    percent,
    level: levelOf(percent),
    gaps,
    requiredGaps: gaps.filter((g) => g.question.required === true).length,
  };
}
