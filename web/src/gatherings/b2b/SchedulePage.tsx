/** Being built (issue 6). */
export function SchedulePage() {
  return null;
}
