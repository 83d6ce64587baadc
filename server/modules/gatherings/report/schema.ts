import { Type, type Static } from 'typebox';

const Slug = Type.String({ minLength: 1, maxLength: 80 });
const Id = Type.String({ minLength: 1, maxLength: 64 });
const TicketCode = Type.String({ minLength: 1, maxLength: 128 });
const Count = Type.Integer({ minimum: 0 });
const Percent = Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Null()]);

/** One occurrence of an event, named by its local date. */
export const OccurrenceParams = Type.Object(
  { slug: Slug, id: Id, date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }) },
  { additionalProperties: false },
);
export type OccurrenceParams = Static<typeof OccurrenceParams>;

/** Anonymous registrants prove who they are with the ticket code from their e-mail. */
export const SurveyQuery = Type.Object({ code: Type.Optional(TicketCode) }, { additionalProperties: false });

export const SurveyBody = Type.Object(
  {
    rating: Type.Integer({ minimum: 1, maximum: 5 }),
    wouldReturn: Type.Boolean(),
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
    code: Type.Optional(TicketCode),
  },
  { additionalProperties: false },
);
export type SurveyBody = Static<typeof SurveyBody>;

export const SurveyResults = Type.Object({
  responses: Count,
  /** One decimal; null before the first answer. */
  averageRating: Type.Union([Type.Number(), Type.Null()]),
  /** How many answered 1, 2, 3, 4 and 5. */
  distribution: Type.Array(Type.Object({ rating: Type.Integer(), count: Count })),
  wouldReturnPercent: Percent,
  /** Non-empty comments, newest first (without names). */
  comments: Type.Array(
    Type.Object({
      rating: Type.Integer(),
      wouldReturn: Type.Boolean(),
      comment: Type.String(),
      at: Type.String(),
    }),
  ),
});

const EventRef = Type.Object({
  id: Type.String(),
  organizationSlug: Type.String(),
  kind: Type.String(),
  titleKo: Type.String(),
  titleEn: Type.String(),
  venueName: Type.String(),
  timeZone: Type.String(),
});

const OccurrenceRef = Type.Object({
  date: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  cancelled: Type.Boolean(),
  /** Over: people registered and not checked in count as no-shows. */
  ended: Type.Boolean(),
});

export const Attendance = Type.Enum(['attended', 'noShow', 'expected', 'waitlisted', 'cancelled']);

export const EventReport = Type.Object({
  event: EventRef,
  occurrence: OccurrenceRef,
  totals: Type.Object({
    registered: Count,
    attended: Count,
    noShows: Count,
    /** Attended as a share of registered; null with nobody registered. */
    attendancePercent: Percent,
    waitlisted: Count,
    cancelled: Count,
    meetingsScheduled: Count,
    meetingsHeld: Count,
    leads: Count,
    introductions: Count,
    partnerships: Count,
  }),
  attendees: Type.Array(
    Type.Object({
      registrationId: Type.String(),
      name: Type.String(),
      company: Type.String(),
      attendance: Attendance,
      checkedInAt: Type.Union([Type.String(), Type.Null()]),
      meetingsScheduled: Count,
      meetingsHeld: Count,
      leads: Count,
      introductions: Count,
    }),
  ),
  survey: SurveyResults,
});
export type EventReport = Static<typeof EventReport>;

/** The survey page: whose it is, whether it is open and answered; results for the organizers. */
export const SurveyState = Type.Object({
  event: EventRef,
  occurrence: OccurrenceRef,
  /** The caller's registration (by session or ticket code); null for an organizer with none. */
  registration: Type.Union([
    Type.Object({ name: Type.String(), status: Type.Enum(['registered', 'waitlisted', 'cancelled']) }),
    Type.Null(),
  ]),
  /** Started and the registration not cancelled. */
  open: Type.Boolean(),
  answered: Type.Boolean(),
  /** Only for whoever may manage the event. */
  results: Type.Union([SurveyResults, Type.Null()]),
});
export type SurveyState = Static<typeof SurveyState>;

export const SurveyAnswered = Type.Object({ answered: Type.Literal(true), at: Type.String() });
