import { Type, type Static } from 'typebox';

/**
 * The shapes stored as JSON in gatherings' columns and sent as they are: an event's speakers and its
 * registration questions, an occurrence's follow-ups. Every part of gatherings and the web forms use these.
 */

const Text = (maxLength: number) => Type.String({ maxLength });

export const Speaker = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120 }),
    titleKo: Text(200),
    titleEn: Text(200),
  },
  { additionalProperties: false },
);
export type Speaker = Static<typeof Speaker>;

export const QuestionOption = Type.Object(
  {
    value: Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z0-9_-]+$' }),
    labelKo: Type.String({ minLength: 1, maxLength: 200 }),
    labelEn: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

/** A question asked at registration: free text, one choice, or several choices. */
export const RegistrationQuestion = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z0-9_-]+$' }),
    labelKo: Type.String({ minLength: 1, maxLength: 300 }),
    labelEn: Type.String({ minLength: 1, maxLength: 300 }),
    kind: Type.Union([Type.Literal('text'), Type.Literal('choice'), Type.Literal('multi')]),
    options: Type.Array(QuestionOption, { maxItems: 20 }),
    required: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type RegistrationQuestion = Static<typeof RegistrationQuestion>;

/** What someone answered: question id → text, or the chosen option values. */
export const Answers = Type.Record(
  Type.String({ maxLength: 40 }),
  Type.Union([
    Type.String({ maxLength: 2000 }),
    Type.Array(Type.String({ maxLength: 60 }), { maxItems: 20 }),
  ]),
);
export type Answers = Static<typeof Answers>;

export const FollowUp = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 40 }),
    text: Type.String({ minLength: 1, maxLength: 1000 }),
    owner: Text(120),
    dueOn: Type.Union([Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }), Type.Null()]),
    done: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type FollowUp = Static<typeof FollowUp>;

/** What a QR code on a ticket or a badge carries: this prefix, then the registration's ticket code. */
export const TICKET_PREFIX = 'dari:ticket:';
