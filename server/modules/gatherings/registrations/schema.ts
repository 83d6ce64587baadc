import { Type, type Static, type TSchema } from 'typebox';
import { Answers } from '../shapes.ts';

const Slug = Type.String({ minLength: 1, maxLength: 80 });
const Id = Type.String({ minLength: 1, maxLength: 64 });
/** An occurrence is named by its local date. */
const Day = Type.String({ minLength: 10, maxLength: 10, pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const OccurrenceParams = Type.Object(
  { slug: Slug, id: Id, date: Day },
  { additionalProperties: false },
);
export const RegistrationParams = Type.Object(
  { slug: Slug, id: Id, date: Day, registrationId: Id },
  { additionalProperties: false },
);
export const TicketParams = Type.Object(
  { slug: Slug, id: Id, code: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

export const RegisterBody = Type.Object(
  {
    /** Anonymous visitors (and API tokens registering someone): who comes. Signed-in people use their account's. */
    name: Type.Optional(Type.String({ maxLength: 120 })),
    email: Type.Optional(Type.String({ maxLength: 254 })),
    company: Type.Optional(Type.String({ maxLength: 200 })),
    /** Signed-in people: one of their own businesses, named on the badge and the list. */
    businessSlug: Type.Optional(Slug),
    answers: Type.Optional(Answers),
  },
  { additionalProperties: false },
);
export type RegisterBody = Static<typeof RegisterBody>;

export const CheckInBody = Type.Object(
  {
    /** What the QR code says (`dari:ticket:<code>`), or the code typed by hand. */
    code: Type.String({ minLength: 1, maxLength: 300 }),
  },
  { additionalProperties: false },
);

const Status = Type.Enum(['registered', 'waitlisted', 'cancelled']);
const BusinessRef = Type.Object({ slug: Type.String(), nameKo: Type.String(), nameEn: Type.String() });

/** A registration as its registrant (or whoever holds its ticket code) sees it. */
export const Registration = Type.Object({
  id: Type.String(),
  occurrence: Type.String(),
  status: Status,
  name: Type.String(),
  email: Type.String(),
  company: Type.String(),
  business: Nullable(BusinessRef),
  answers: Answers,
  /** 1 for the first in line; null unless waitlisted. */
  waitlistPosition: Nullable(Type.Integer()),
  ticketCode: Type.String(),
  /** The ticket's QR code (`dari:ticket:<code>`) as an SVG data URL. */
  ticketQr: Type.String(),
  /** The ticket page (the event page with this ticket), relative to the site. */
  ticketPath: Type.String(),
  checkedInAt: Nullable(Type.String()),
  createdAt: Type.String(),
  event: Type.Object({
    id: Type.String(),
    titleKo: Type.String(),
    titleEn: Type.String(),
    venueName: Type.String(),
    venueAddress: Type.String(),
    timeZone: Type.String(),
    startsAt: Type.String(),
    endsAt: Type.String(),
  }),
});

export const MyRegistration = Type.Object({ registration: Nullable(Registration) });

const Counts = Type.Object({
  registered: Type.Integer(),
  waitlisted: Type.Integer(),
  cancelled: Type.Integer(),
  checkedIn: Type.Integer(),
  /** Places per occurrence; null: no limit. */
  capacity: Nullable(Type.Integer()),
});

/** Everyone registered for one occurrence, for its organizers. */
export const RegistrationList = Type.Object({
  occurrence: Type.Object({
    date: Type.String(),
    startsAt: Type.String(),
    endsAt: Type.String(),
    cancelled: Type.Boolean(),
  }),
  counts: Counts,
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      email: Type.String(),
      company: Type.String(),
      business: Nullable(BusinessRef),
      status: Status,
      waitlistPosition: Nullable(Type.Integer()),
      answers: Answers,
      checkedInAt: Nullable(Type.String()),
      createdAt: Type.String(),
    }),
  ),
});

export const CheckInResult = Type.Object({
  registration: Type.Object({ id: Type.String(), name: Type.String(), company: Type.String() }),
  /** When they were checked in: now, or the first scan's time when this is a second scan. */
  checkedInAt: Type.String(),
  alreadyCheckedIn: Type.Boolean(),
  counts: Counts,
});
