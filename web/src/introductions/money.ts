/** An amount in cents as whole US dollars, in the reader's number format. */
export function formatDollars(cents: number, language: string): string {
  return new Intl.NumberFormat(language === 'ko' ? 'ko-KR' : 'en-US', {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  }).format(cents / 100);
}
