/** Being built (issue 6). */
export function RegistrationsPage() {
  return null;
}
