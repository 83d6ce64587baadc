import type { AssessmentKind } from '../../../platform/db/schema.ts';

/** Korean and English of one text; every checklist text is written in both. */
export interface Bilingual {
  ko: string;
  en: string;
}

/** A possible answer. `points` null means "does not apply here": the question leaves the maximum too. */
export interface AnswerOption {
  id: string;
  label: Bilingual;
  points: number | null;
}

export interface Question {
  id: string;
  section: Bilingual;
  text: Bilingual;
  /** What the question means in practice, shown under it. */
  help: Bilingual;
  /** Where the requirement comes from (code section, guide), shown with the question. */
  reference?: string;
  /** A legal requirement (the ordinance's "must"), not only good practice. */
  required?: boolean;
  options: AnswerOption[];
  /** What to do when the answer falls short of full points. */
  nextStep: Bilingual;
  /** The pillar whose partners can help with the next step (a key of the pillars table). */
  pillar: string;
}

export interface Checklist {
  kind: AssessmentKind;
  title: Bilingual;
  intro: Bilingual;
  /** Where the checklist comes from, with an address the reader can check. */
  sources: { label: Bilingual; url: string }[];
  /** When the checklist's text was last checked against its sources. */
  checkedOn: string;
  questions: Question[];
}

const yes = { ko: '예', en: 'Yes' };
const partly = { ko: '일부만', en: 'Partly' };
const no = { ko: '아니요', en: 'No' };
const unsure = { ko: '모르겠음', en: "I don't know" };
const notApplicable = { ko: '해당 없음', en: 'Does not apply' };

/**
 * The usual answers for a question of the given weight (1–3): yes earns 2 × weight, partly the
 * weight, no and "I don't know" nothing (not knowing is itself a gap worth a next step).
 */
export function answers(weight: 1 | 2 | 3, options: { partly?: boolean; notApplicable?: boolean } = {}) {
  const list: AnswerOption[] = [{ id: 'yes', label: yes, points: 2 * weight }];
  if (options.partly !== false) {
    list.push({ id: 'partly', label: partly, points: weight });
  }
  list.push({ id: 'no', label: no, points: 0 }, { id: 'unsure', label: unsure, points: 0 });
  if (options.notApplicable) {
    list.push({ id: 'na', label: notApplicable, points: null });
  }
  return list;
}
