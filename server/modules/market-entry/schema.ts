import { Type, type Static } from 'typebox';
import { standardStepKeys } from './checklist.ts';

const Slug = Type.String({ minLength: 1, maxLength: 80 });
const Id = Type.String({ minLength: 1, maxLength: 64 });
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });
const LocalDate = Type.String({ minLength: 10, maxLength: 10, pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Locale = Type.Enum(['ko', 'en']);
const StepStatus = Type.Enum(['open', 'done', 'blocked']);
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

/** Countries the form offers (ISO 3166-1 alpha-2); Korea first. */
export const countries = [
  'KR',
  'JP',
  'CN',
  'TW',
  'VN',
  'SG',
  'IN',
  'DE',
  'GB',
  'FR',
  'CA',
  'MX',
  'AU',
  'OTHER',
];

export const OrgParams = Type.Object({ slug: Slug }, { additionalProperties: false });
export const ApplicationParams = Type.Object({ slug: Slug, id: Id }, { additionalProperties: false });
export const StepParams = Type.Object({ slug: Slug, id: Id, stepId: Id }, { additionalProperties: false });
export const CaseParams = Type.Object({ token: Type.String({ minLength: 1, maxLength: 100 }) });

export const ApplyBody = Type.Object(
  {
    companyNameKo: Text(160),
    companyNameEn: Text(160),
    country: Type.String({ minLength: 2, maxLength: 5 }),
    industry: Text(120),
    contactName: Text(120),
    contactEmail: Type.String({ format: 'email', maxLength: 254 }),
    /** The language of the e-mails and the case page; Korean when left out for a company from Korea. */
    locale: Type.Optional(Locale),
    targetDate: LocalDate,
    /** Standard step keys the company asks help with. */
    needs: Type.Array(Type.String({ maxLength: 40 }), { maxItems: standardStepKeys.length }),
    message: Type.String({ maxLength: 4000 }),
  },
  { additionalProperties: false },
);
export type ApplyBody = Static<typeof ApplyBody>;

export const Applied = Type.Object({
  id: Type.String(),
  status: Type.String(),
  /** The company's private case page (also e-mailed). */
  casePath: Type.String(),
});

export const StepCreateBody = Type.Object(
  {
    titleKo: Text(160),
    titleEn: Text(160),
    explanationKo: Type.Optional(Type.String({ maxLength: 2000 })),
    explanationEn: Type.Optional(Type.String({ maxLength: 2000 })),
    dueOn: LocalDate,
  },
  { additionalProperties: false },
);
export type StepCreateBody = Static<typeof StepCreateBody>;

export const StepUpdateBody = Type.Object(
  {
    ownerId: Type.Optional(Nullable(Id)),
    dueOn: Type.Optional(LocalDate),
    partnerSlug: Type.Optional(Nullable(Slug)),
    status: Type.Optional(StepStatus),
    noteForCompany: Type.Optional(Type.String({ maxLength: 2000 })),
    internalNote: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type StepUpdateBody = Static<typeof StepUpdateBody>;

const Partner = Type.Object({
  slug: Type.String(),
  nameKo: Type.String(),
  nameEn: Type.String(),
  reasonKo: Type.String(),
  reasonEn: Type.String(),
});
const Pillar = Type.Object({ key: Type.String(), nameKo: Type.String(), nameEn: Type.String() });
const Progress = Type.Object({ done: Type.Integer(), total: Type.Integer(), overdue: Type.Integer() });

export const Step = Type.Object({
  id: Type.String(),
  key: Nullable(Type.String()),
  titleKo: Type.String(),
  titleEn: Type.String(),
  explanationKo: Type.String(),
  explanationEn: Type.String(),
  pillar: Nullable(Pillar),
  partner: Nullable(Partner),
  owner: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
  dueOn: Type.String(),
  status: StepStatus,
  overdue: Type.Boolean(),
  noteForCompany: Type.String(),
  internalNote: Type.String(),
  /** Partners the committee may pick for a standard step, best first (empty for a custom step). */
  partnerChoices: Type.Array(Partner),
});

const summary = {
  id: Type.String(),
  companyNameKo: Type.String(),
  companyNameEn: Type.String(),
  country: Type.String(),
  industry: Type.String(),
  contactName: Type.String(),
  locale: Locale,
  targetDate: Type.String(),
  status: Type.Enum(['applied', 'accepted', 'declined']),
  createdAt: Type.String(),
  progress: Progress,
};

export const ApplicationList = Type.Object({
  applications: Type.Array(Type.Object(summary)),
});

export const ApplicationDetail = Type.Object({
  ...summary,
  contactEmail: Type.String(),
  needs: Type.Array(Type.String()),
  message: Type.String(),
  acceptedOn: Nullable(Type.String()),
  casePath: Type.String(),
  steps: Type.Array(Step),
  /** Who may own a step: the organization's admins. */
  committee: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
});

/** What the company sees through its private link: in its language, without the committee's notes. */
export const CaseView = Type.Object({
  organization: Type.Object({ slug: Type.String(), name: Type.String() }),
  companyName: Type.String(),
  locale: Locale,
  status: Type.Enum(['applied', 'accepted', 'declined']),
  targetDate: Type.String(),
  today: Type.String(),
  progress: Progress,
  steps: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      explanation: Type.String(),
      pillar: Nullable(Type.String()),
      partner: Nullable(Type.Object({ slug: Type.String(), name: Type.String(), reason: Type.String() })),
      dueOn: Type.String(),
      status: StepStatus,
      overdue: Type.Boolean(),
      note: Type.String(),
    }),
  ),
});
