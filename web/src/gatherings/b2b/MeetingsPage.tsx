/** Being built (issue 6). */
export function MeetingsPage() {
  return null;
}
