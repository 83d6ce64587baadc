import { runAlertsBench } from './alerts.ts';
import { runSearchBench } from './search.ts';

/** `npm run bench -- <name> [options]`: one entry per benchmark. */
const benches: Record<string, (args: string[]) => Promise<void>> = {
  search: runSearchBench,
  alerts: runAlertsBench,
  inventory: async (args) => (await import('./inventory.ts')).runInventoryBench(args),
  scheduling: async (args) => (await import('./scheduling.ts')).runSchedulingBench(args),
};

const [name = '', ...args] = process.argv.slice(2);
const bench = benches[name];
if (!bench) {
  console.error(
    `Usage: npm run bench -- <${Object.keys(benches).join('|')}> [--size N] [--seconds S] [--concurrency C]`,
  );
  process.exit(2);
}
await bench(args);
