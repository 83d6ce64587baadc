import type { AssessmentKind } from '../../../platform/db/schema.ts';
import { cyber } from './cyber.ts';
import { dallasOrdinance } from './dallas-ordinance.ts';
import { storeSafety } from './store-safety.ts';
import type { Checklist } from './types.ts';

/** The three self-assessments, in the order the web shows them. */
export const checklists: readonly Checklist[] = [dallasOrdinance, storeSafety, cyber];

export const assessmentKinds = checklists.map((c) => c.kind);

export function checklistOf(kind: AssessmentKind): Checklist {
  const checklist = checklists.find((c) => c.kind === kind);
  if (!checklist) {
    throw new Error(`No checklist for ${kind}`);
  }
  return checklist;
}
