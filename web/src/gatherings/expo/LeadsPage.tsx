/** Being built (issue 6). */
export function LeadsPage() {
  return null;
}
