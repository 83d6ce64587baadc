import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import type { Business, Locale } from '../../platform/db/schema.ts';
import { newId } from '../../platform/auth/secrets.ts';
import { AppError, type FieldErrors } from '../../platform/errors.ts';
import { geocodeZip } from '../../platform/geocode.ts';
import { search } from '../search/service.ts';
import { checklistOf, checklists } from './checklists/index.ts';
import type { Checklist } from './checklists/types.ts';
import { fieldMessages } from './messages.ts';
import { pick, presentHistoryItem, presentResult } from './presenter.ts';
import * as queries from './queries.ts';
import type { BusinessAssessments, NextStep, Result, SubmitBody } from './schema.ts';
import { scoreAnswers, type Gap } from './score.ts';

/** How many partner businesses a next step names; the link leads to the rest. */
const PARTNERS_PER_STEP = 3;

/** Every question answered with one of its own options, and nothing else; else a 400 per field. */
export function validateAnswers(checklist: Checklist, answers: Readonly<Record<string, string>>): void {
  const fields: FieldErrors = {};
  const questions = new Map(checklist.questions.map((q) => [q.id, q]));
  for (const [questionId, answerId] of Object.entries(answers)) {
    const question = questions.get(questionId);
    if (!question) {
      fields[`answers.${questionId}`] = fieldMessages.unknownQuestion(questionId);
    } else if (!question.options.some((o) => o.id === answerId)) {
      fields[`answers.${questionId}`] = fieldMessages.unknownOption(answerId);
    }
  }
  for (const question of checklist.questions) {
    if (!Object.hasOwn(answers, question.id)) {
      fields[`answers.${question.id}`] = fieldMessages.missingAnswer;
    }
  }
  if (Object.keys(fields).length > 0) {
    throw new AppError('validation_failed', { fields });
  }
}

/** Stores a completed checklist with its weighted score; returns the new assessment's id. */
export async function submitAssessment(
  db: DbOrTrx,
  business: Business,
  body: SubmitBody,
  userId: string | null,
  at: Date,
): Promise<string> {
  const checklist = checklistOf(body.kind);
  validateAnswers(checklist, body.answers);
  // Stored in checklist order, so the JSON reads like the form.
  const answers = Object.fromEntries(checklist.questions.map((q) => [q.id, body.answers[q.id] ?? '']));
  const { score, maxScore } = scoreAnswers(checklist, answers);
  const id = newId();
  await queries.insertAssessment(db, {
    id,
    businessId: business.id,
    kind: body.kind,
    answers,
    score,
    maxScore,
    userId,
    at: at.toISOString(),
  });
  return id;
}

type Partners = NextStep['partners'];

/**
 * Next steps for the gaps, each with the pillar whose partners can help and the first few
 * businesses offering it (the directory search, nearest first when the business has a ZIP). A
 * retired or removed pillar keeps its link but names no partners.
 */
class NextStepWriter {
  private readonly partners = new Map<string, Promise<Partners>>();
  private pillars: Promise<Map<string, { name_ko: string; name_en: string }>> | undefined;
  /** The business's ZIP when it is a known one: partners are then listed nearest first. */
  private readonly near: string | undefined;

  constructor(
    private readonly db: Db,
    private readonly business: Business,
    private readonly locale: Locale,
  ) {
    this.near = business.zip && geocodeZip(business.zip) ? business.zip : undefined;
  }

  private searchParams(pillar: string) {
    return { pillar, side: 'offers' as const, ...(this.near ? { near: this.near } : {}) };
  }

  private pillarNames() {
    const keys = [...new Set(checklists.flatMap((c) => c.questions.map((q) => q.pillar)))];
    this.pillars ??= queries
      .activePillars(this.db, keys)
      .then((rows) => new Map(rows.map((r) => [r.key, r])));
    return this.pillars;
  }

  private partnersFor(pillar: string): Promise<Partners> {
    let found = this.partners.get(pillar);
    if (!found) {
      found = search(this.db, null, this.locale, {
        ...this.searchParams(pillar),
        pageSize: PARTNERS_PER_STEP + 1,
      }).then((response) =>
        response.results
          .filter((r) => r.business.slug !== this.business.slug)
          .slice(0, PARTNERS_PER_STEP)
          .map((r) => ({
            slug: r.business.slug,
            nameKo: r.business.nameKo,
            nameEn: r.business.nameEn,
            city: r.business.city,
          })),
      );
      this.partners.set(pillar, found);
    }
    return found;
  }

  async write(gaps: Gap[]): Promise<NextStep[]> {
    const pillars = await this.pillarNames();
    const steps: NextStep[] = [];
    // One at a time: the search shares the request's database connection.
    for (const gap of gaps) {
      const { question } = gap;
      const pillar = pillars.get(question.pillar);
      const answer = question.options.find((o) => o.id === gap.answerId);
      steps.push({
        questionId: question.id,
        question: pick(question.text, this.locale),
        answer: answer ? pick(answer.label, this.locale) : '',
        step: pick(question.nextStep, this.locale),
        required: question.required === true,
        pillar: {
          key: question.pillar,
          nameKo: pillar?.name_ko ?? question.pillar,
          nameEn: pillar?.name_en ?? question.pillar,
        },
        partnersUrl: `/search?${new URLSearchParams(this.searchParams(question.pillar)).toString()}`,
        partners: pillar ? await this.partnersFor(question.pillar) : [],
      });
    }
    return steps;
  }
}

function resultOf(row: queries.AssessmentRow, writer: NextStepWriter, locale: Locale): Promise<Result> {
  const checklist = checklistOf(row.kind);
  const scored = scoreAnswers(checklist, JSON.parse(row.answers) as Record<string, string>);
  return writer.write(scored.gaps).then((steps) => presentResult(row, checklist, scored, steps, locale));
}

/** The latest result of each checklist with its next steps, and the whole score history. */
export async function businessAssessments(
  db: Db,
  business: Business,
  locale: Locale,
): Promise<BusinessAssessments> {
  const rows = await queries.assessmentsOf(db, business.id);
  const writer = new NextStepWriter(db, business, locale);
  const latest: Result[] = [];
  for (const checklist of checklists) {
    const row = rows.find((r) => r.kind === checklist.kind);
    if (row) {
      latest.push(await resultOf(row, writer, locale));
    }
  }
  return {
    business: { slug: business.slug, nameKo: business.name_ko, nameEn: business.name_en },
    latest,
    history: rows.map(presentHistoryItem),
  };
}

/** One stored assessment of the business, with its next steps. */
export async function assessmentResult(
  db: Db,
  business: Business,
  id: string,
  locale: Locale,
): Promise<Result> {
  const row = await queries.assessmentOf(db, business.id, id);
  if (!row) {
    throw new AppError('not_found');
  }
  return resultOf(row, new NextStepWriter(db, business, locale), locale);
}
