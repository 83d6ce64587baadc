/** Being built (issue 6). */
export function EventReportPage() {
  return null;
}
