/** Being built (issue 6). */
export function SurveyPage() {
  return null;
}
