/** Being built (issue 6). */
export function ExpoPage() {
  return null;
}
