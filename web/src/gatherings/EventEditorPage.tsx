/** Being built (issue 6). */
export function EventEditorPage() {
  return null;
}
