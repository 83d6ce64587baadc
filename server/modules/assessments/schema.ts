import { Type, type Static } from 'typebox';
import { levels } from './score.ts';

const Slug = Type.String({ minLength: 1, maxLength: 80 });
export const Kind = Type.Enum(['dallas_ordinance', 'store_safety', 'cyber']);
const Level = Type.Enum([...levels]);
const Names = Type.Object({ nameKo: Type.String(), nameEn: Type.String() });

export const SlugParams = Type.Object({ slug: Slug }, { additionalProperties: false });
export const ResultParams = Type.Object(
  { slug: Slug, id: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);

export const DefinitionsQuery = Type.Object(
  // The language switch for anonymous callers (read by the app's locale hook).
  { lang: Type.Optional(Type.Enum(['ko', 'en'])) },
  { additionalProperties: false },
);

/** Question ids and answer ids are short snake_case words; anything else is not one of ours. */
const AnswerId = Type.String({ minLength: 1, maxLength: 40 });
export const SubmitBody = Type.Object(
  {
    kind: Kind,
    answers: Type.Record(Type.String({ maxLength: 40 }), AnswerId, { maxProperties: 60 }),
  },
  { additionalProperties: false },
);
export type SubmitBody = Static<typeof SubmitBody>;

const Option = Type.Object({
  id: Type.String(),
  label: Type.String(),
  /** Null for "does not apply": the question then counts neither way. */
  points: Type.Union([Type.Integer(), Type.Null()]),
});

const Question = Type.Object({
  id: Type.String(),
  section: Type.String(),
  text: Type.String(),
  help: Type.String(),
  reference: Type.Union([Type.String(), Type.Null()]),
  required: Type.Boolean(),
  maxPoints: Type.Integer(),
  options: Type.Array(Option),
  pillar: Type.String(),
});

export const Definition = Type.Object({
  kind: Kind,
  title: Type.String(),
  intro: Type.String(),
  sources: Type.Array(Type.Object({ label: Type.String(), url: Type.String() })),
  checkedOn: Type.String(),
  questions: Type.Array(Question),
});
export type Definition = Static<typeof Definition>;
export const DefinitionsResponse = Type.Array(Definition);

const Partner = Type.Object({ slug: Type.String(), ...Names.properties, city: Type.String() });

export const NextStep = Type.Object({
  questionId: Type.String(),
  question: Type.String(),
  answer: Type.String(),
  step: Type.String(),
  required: Type.Boolean(),
  pillar: Type.Object({ key: Type.String(), ...Names.properties }),
  /** The directory search for businesses offering the pillar (a web address of the app). */
  partnersUrl: Type.String(),
  /** The first few of them, best first. */
  partners: Type.Array(Partner),
});
export type NextStep = Static<typeof NextStep>;

const Summary = {
  id: Type.String(),
  kind: Kind,
  score: Type.Integer(),
  maxScore: Type.Integer(),
  percent: Type.Integer(),
  level: Level,
  createdAt: Type.String(),
};

export const HistoryItem = Type.Object(Summary);
export type HistoryItem = Static<typeof HistoryItem>;

export const Result = Type.Object({
  ...Summary,
  title: Type.String(),
  requiredGaps: Type.Integer(),
  completedBy: Type.Union([Type.String(), Type.Null()]),
  answers: Type.Record(Type.String(), Type.String()),
  nextSteps: Type.Array(NextStep),
});
export type Result = Static<typeof Result>;

export const BusinessAssessments = Type.Object({
  business: Type.Object({ slug: Type.String(), ...Names.properties }),
  /** The latest result of each checklist taken, in checklist order. */
  latest: Type.Array(Result),
  /** Every result, newest first (the score history). */
  history: Type.Array(HistoryItem),
});
export type BusinessAssessments = Static<typeof BusinessAssessments>;
