/** Being built (issue 6). */
export function EventPage() {
  return null;
}
