import QRCode from 'qrcode';
import { TICKET_PREFIX } from '../shapes.ts';

/** What a ticket's QR code says. */
export function ticketText(code: string): string {
  return `${TICKET_PREFIX}${code}`;
}

/** The code in what a scanner read or someone typed: the QR text with its prefix, or the bare code. */
export function codeFrom(raw: string): string {
  const text = raw.trim();
  return text.toLowerCase().startsWith(TICKET_PREFIX) ? text.slice(TICKET_PREFIX.length).trim() : text;
}

/** Medium error correction: still readable from a cracked or dim phone screen at the door. */
const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const;

export async function ticketQrSvg(code: string): Promise<string> {
  const svg = await QRCode.toString(ticketText(code), { ...QR_OPTIONS, type: 'svg' });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

export function ticketQrPng(code: string): Promise<Buffer> {
  return QRCode.toBuffer(ticketText(code), { ...QR_OPTIONS, type: 'png', width: 480 });
}

/** The ticket page: the event page opened on the occurrence with this ticket (no sign-in needed). */
export function ticketPath(
  organizationSlug: string,
  eventId: string,
  occurrence: string,
  code: string,
): string {
  const query = new URLSearchParams({ date: occurrence, ticket: code });
  return `/events/${encodeURIComponent(organizationSlug)}/${encodeURIComponent(eventId)}?${query.toString()}`;
}
