import type { EventDetail } from '../types.ts';

/** On the event page: register for the chosen occurrence (or the waitlist), see one's ticket, cancel. */
export function RegistrationPanel(_props: { event: EventDetail; occurrence: string }) {
  return null;
}
