/** Being built (issue 6). */
export function EventsPage() {
  return null;
}
