import ical from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { DbOrTrx } from '../../../platform/db/database.ts';
import type { Locale } from '../../../platform/db/schema.ts';
import { t } from '../../../platform/i18n/index.ts';
import { drawTable, writePdf } from '../../../platform/pdf.ts';
import type { EventAccess } from '../access.ts';
import { presentEvent } from './presenter.ts';
import * as queries from './queries.ts';
import { listRequests } from './requests.ts';

/** An attendee's personal agenda: their scheduled meetings, as JSON, a PDF in their language and an .ics file. */

type Me = queries.ParticipantRow;

export async function agendaOf(db: DbOrTrx, access: EventAccess, me: Me) {
  const { incoming, outgoing } = await listRequests(db, access, me);
  const accepted = [...incoming, ...outgoing].filter((r) => r.status === 'accepted');
  const items = accepted
    .flatMap((r) => (r.meeting ? [{ requestId: r.id, other: r.other, ...r.meeting }] : []))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.table - b.table);
  return { event: presentEvent(access.event), items, waiting: accepted.length - items.length };
}

const pick = (locale: Locale, ko: string, en: string) => (locale === 'ko' ? ko || en : en || ko);

export async function agendaPdf(db: DbOrTrx, access: EventAccess, me: Me, locale: Locale): Promise<Buffer> {
  const agenda = await agendaOf(db, access, me);
  const { event } = access;
  const title = t(locale, 'b2b:agenda.title');
  return writePdf({ title, lang: locale }, (doc) => {
    doc.font('bold').fontSize(18).text(title);
    doc
      .font('regular')
      .fontSize(12)
      .text(pick(locale, event.title_ko, event.title_en));
    doc.text(`${me.name} · ${event.starts_on} · ${t(locale, 'b2b:agenda.zone', { zone: event.time_zone })}`);
    doc.moveDown();
    if (agenda.items.length === 0) {
      doc.text(t(locale, 'b2b:agenda.none'));
      return;
    }
    drawTable(
      doc,
      [
        { header: t(locale, 'b2b:agenda.time'), width: 100 },
        { header: t(locale, 'b2b:agenda.table'), width: 70 },
        { header: t(locale, 'b2b:agenda.with'), width: '*' },
      ],
      agenda.items.map((m) => [
        `${m.slot}–${m.endLabel}`,
        String(m.table),
        [m.other.name, m.other.company].filter(Boolean).join(' · '),
      ]),
    );
  });
}

/**
 * One VEVENT per meeting, in the event's zone (TZID with its VTIMEZONE, generated offline), LOCATION "Table N".
 * Times are given as the zone's wall clock ('YYYY-MM-DDTHH:mm:00'): ical-generator writes a zoned time from
 * the Date's local fields, which a string without an offset fills with exactly that wall clock.
 */
export async function agendaIcs(db: DbOrTrx, access: EventAccess, me: Me, locale: Locale): Promise<string> {
  const agenda = await agendaOf(db, access, me);
  const { event } = access;
  const zone = event.time_zone;
  const calendar = ical({
    name: `${t(locale, 'b2b:agenda.title')} · ${pick(locale, event.title_ko, event.title_en)}`,
    prodId: { company: 'Dari', product: 'b2b-meetings', language: locale.toUpperCase() },
    // No calendar-wide zone name: DTSTAMP stays in UTC; the generator still writes each event's VTIMEZONE.
    timezone: { name: null, generator: (tz: string) => tzlib_get_ical_block(tz)[0] ?? null },
  });
  for (const m of agenda.items) {
    calendar.createEvent({
      id: `b2b-${m.requestId}@dari`,
      start: `${event.starts_on}T${m.slot}:00`,
      end: `${event.starts_on}T${m.endLabel}:00`,
      timezone: zone,
      stamp: new Date(),
      summary: t(locale, 'b2b:agenda.summary', { name: m.other.name }),
      description: [m.other.company, pick(locale, event.title_ko, event.title_en)].filter(Boolean).join('\n'),
      location: t(locale, 'b2b:agenda.tableNumber', { table: m.table }),
    });
  }
  return calendar.toString();
}
