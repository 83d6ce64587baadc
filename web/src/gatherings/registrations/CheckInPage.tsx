/** Being built (issue 6). */
export function CheckInPage() {
  return null;
}
