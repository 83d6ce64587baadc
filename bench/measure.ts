/** What every benchmark shares: reading its numeric options and taking percentiles. */

/** `--name N` from the command line: a positive number, or the fallback. */
export function numberOption(args: readonly string[], name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  const parsed = at === -1 ? NaN : Number(args[at + 1]);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

/** The p-th percentile (nearest rank) of ascending values; 0 for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) {
    return 0;
  }
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
