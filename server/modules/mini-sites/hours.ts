/** Opening hours: a list of (day, opens, closes) in the business's local wall-clock time, Monday first. */
export const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export type Day = (typeof days)[number];

export interface OpeningHours {
  day: Day;
  opens: string;
  closes: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Parses stored JSON, keeping only well-formed entries (stored text is never trusted blindly), Monday first. */
export function parseHours(text: string): OpeningHours[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) {
    return [];
  }
  return value
    .filter(
      (h): h is OpeningHours =>
        typeof h === 'object' &&
        h !== null &&
        (days as readonly unknown[]).includes((h as OpeningHours).day) &&
        TIME.test(String((h as OpeningHours).opens)) &&
        TIME.test(String((h as OpeningHours).closes)),
    )
    .map(({ day, opens, closes }) => ({ day, opens, closes }))
    .sort((a, b) => days.indexOf(a.day) - days.indexOf(b.day) || a.opens.localeCompare(b.opens));
}

/** The first entry that closes before it opens ("24:00" is not a time; past midnight is not supported). */
export function badHours(hours: readonly OpeningHours[]): number {
  return hours.findIndex((h) => h.closes <= h.opens);
}
