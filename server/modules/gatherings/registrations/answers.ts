import type { Locale } from '../../../platform/db/schema.ts';
import { AppError, type FieldErrors } from '../../../platform/errors.ts';
import type { Answers, RegistrationQuestion } from '../shapes.ts';
import { registrationError } from './messages.ts';

/** Longest free-text answer kept (the API's shape allows more; a registration form needs no essays). */
export const MAX_TEXT_ANSWER = 1000;

/**
 * Checks what someone answered against the event's questions and returns the answers to store: text
 * trimmed, choices known, blank optional answers left out. Every problem is reported at once, each under
 * `answers.<question id>` and naming the question in the caller's language.
 */
export function checkAnswers(questions: RegistrationQuestion[], given: Answers, locale: Locale): Answers {
  const fields: FieldErrors = {};
  const kept: Answers = {};
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(given)) {
    if (!known.has(id)) {
      fields[`answers.${id}`] = registrationError('unknownQuestion');
    }
  }
  for (const question of questions) {
    const field = `answers.${question.id}`;
    const params = { question: locale === 'ko' ? question.labelKo : question.labelEn };
    const result = checkOne(question, given[question.id]);
    if (typeof result === 'object' && 'problem' in result) {
      fields[field] = registrationError(result.problem, { ...params, max: MAX_TEXT_ANSWER });
    } else if (result !== undefined) {
      kept[question.id] = result;
    } else if (question.required) {
      fields[field] = registrationError('required', params);
    }
  }
  if (Object.keys(fields).length > 0) {
    throw new AppError('validation_failed', { fields });
  }
  return kept;
}

type Checked = string | string[] | undefined | { problem: string };

/** One answer: the value to keep, undefined when blank, or what is wrong with it. */
function checkOne(question: RegistrationQuestion, value: string | string[] | undefined): Checked {
  if (value === undefined) {
    return undefined;
  }
  const values = new Set(question.options.map((o) => o.value));
  if (question.kind === 'text') {
    if (typeof value !== 'string') {
      return { problem: 'required' };
    }
    const text = value.trim();
    if (text.length > MAX_TEXT_ANSWER) {
      return { problem: 'tooLong' };
    }
    return text === '' ? undefined : text;
  }
  const chosen = [...new Set(typeof value === 'string' ? [value] : value)].filter((v) => v !== '');
  if (chosen.some((v) => !values.has(v))) {
    return { problem: 'unknownChoice' };
  }
  if (chosen.length === 0) {
    return undefined;
  }
  if (question.kind === 'choice') {
    return chosen.length === 1 ? chosen[0] : { problem: 'oneChoice' };
  }
  return chosen;
}
