import { Board } from './board.ts';
import { upperBound } from './bound.ts';
import { compile, type Model } from './model.ts';
import { Neighbourhoods } from './lns.ts';
import { Chains, greedy, greedyOrder } from './solver.ts';
import type {
  Placement,
  ReplanChanges,
  ReplanResult,
  Schedule,
  SchedulingInput,
  SchedulingOptions,
  SchedulingResult,
} from './types.ts';

/**
 * The scheduler's entry points. `schedule` plans from scratch; `replan` starts from the schedule people
 * already have and changes only what a cancellation forces. Both honour the organizer's pins, never
 * double-book a person or a table, and maximize the sum of the placed meetings' priorities.
 */

const DEFAULT_BUDGET_MS = 800;
/**
 * Rounds of the neighbourhood search in a row without a gain before it stops: enough for each meeting to
 * be drawn many times in a small event, capped for large ones (where the time budget decides).
 */
function patience(open: number): number {
  return Math.min(5000, 200 + 50 * open);
}

/** Every meeting's slot and table from nothing (but the pins). */
export function schedule(input: SchedulingInput, options: SchedulingOptions = {}): SchedulingResult {
  const deadline = performance.now() + (options.timeBudgetMs ?? DEFAULT_BUDGET_MS);
  const compiled = compile(input);
  if (!compiled.ok) {
    return compiled;
  }
  const { model } = compiled;
  const board = new Board(model);
  const table = new Int32Array(model.meetingCount).fill(-1);
  placePins(board, table);
  return { ok: true, schedule: solve(board, table, deadline) };
}

/**
 * After a change (meetings cancelled or added, availability or tables removed, pins moved): every meeting
 * of `previous` that can stay exactly where it was stays and is not moved; one whose table alone became
 * unusable stays in its slot at another table; the rest, with the meetings never placed, go into the
 * capacity left. Placements of meetings, slots or tables no longer in the input are dropped silently: that
 * is how a cancellation arrives.
 */
export function replan(
  input: SchedulingInput,
  previous: readonly Placement[],
  options: SchedulingOptions = {},
): ReplanResult {
  const deadline = performance.now() + (options.timeBudgetMs ?? DEFAULT_BUDGET_MS);
  const compiled = compile(input);
  if (!compiled.ok) {
    return compiled;
  }
  const { model } = compiled;
  const board = new Board(model);
  const table = new Int32Array(model.meetingCount).fill(-1);
  const taken = placePins(board, table);
  const meetingIndex = new Map(model.meetingIds.map((id, m) => [id, m]));
  const slotIndex = new Map(model.slotIds.map((id, s) => [id, s]));
  const tableIndex = new Map(model.tableIds.map((id, t) => [id, t]));
  const before = new Map<number, { slot: number; table: number }>();
  for (const p of previous) {
    const m = meetingIndex.get(p.meeting);
    const s = slotIndex.get(p.slot);
    if (m !== undefined && s !== undefined && !before.has(m)) {
      before.set(m, { slot: s, table: tableIndex.get(p.table) ?? -1 });
    }
  }
  const S = model.slotCount;
  // A pinned meeting is already placed: its pin wins over where it was.
  const keep = (m: number, s: number) =>
    board.slotOf[m] === -1 && board.isAvailable(m, s) && board.fits(m, s);
  const tableLost: number[] = [];
  for (const [m, was] of before) {
    if (!keep(m, was.slot)) {
      continue;
    }
    const t = was.table;
    if (t !== -1 && (model.tableUsable[t * S + was.slot] ?? 0) === 1 && !taken.has(t * S + was.slot)) {
      fix(board, m, was.slot);
      table[m] = t;
      taken.add(t * S + was.slot);
    } else {
      tableLost.push(m);
    }
  }
  for (const m of tableLost) {
    const s = before.get(m)?.slot ?? -1;
    if (keep(m, s)) {
      fix(board, m, s);
    }
  }
  const result = solve(board, table, deadline);
  const now = new Map(result.placements.map((p) => [p.meeting, p]));
  const changes: ReplanChanges = { kept: 0, moved: [], dropped: [], added: [] };
  const stillAsked = new Set(model.meetingIds);
  for (const p of previous) {
    if (!stillAsked.has(p.meeting)) {
      continue;
    }
    stillAsked.delete(p.meeting);
    const placed = now.get(p.meeting);
    if (!placed) {
      changes.dropped.push(p.meeting);
    } else if (placed.slot === p.slot && placed.table === p.table) {
      changes.kept++;
    } else {
      changes.moved.push(p.meeting);
    }
  }
  changes.added = result.placements.filter((p) => stillAsked.has(p.meeting)).map((p) => p.meeting);
  return { ok: true, schedule: result, changes };
}

function fix(board: Board, m: number, s: number): void {
  board.fixed[m] = 1;
  board.place(m, s);
}

/** Places the pinned meetings (checked by compile: usable and collision-free); returns the tables taken. */
function placePins(board: Board, table: Int32Array): Set<number> {
  const { pinnedSlot, pinnedTable, slotCount: S } = board.model;
  const taken = new Set<number>();
  for (let m = 0; m < board.model.meetingCount; m++) {
    const s = pinnedSlot[m] ?? -1;
    if (s !== -1) {
      const t = pinnedTable[m] ?? 0;
      fix(board, m, s);
      table[m] = t;
      taken.add(t * S + s);
    }
  }
  return taken;
}

function solve(board: Board, table: Int32Array, deadline: number): Schedule {
  const { model } = board;
  const open: number[] = [];
  for (let m = 0; m < model.meetingCount; m++) {
    if (board.slotOf[m] === -1) {
      open.push(m);
    }
  }
  const order = greedyOrder(board, open);
  greedy(board, order);
  const bound = upperBound(model);
  const chains = new Chains(board);
  let converged = chains.settle(order, deadline);
  board.commit();
  if (converged) {
    converged = new Neighbourhoods(board, chains, 1).run(deadline, bound, patience(open.length));
  }
  return present(board, table, bound, converged);
}

/** Gives every placed meeting a table (its own if pinned or kept, else the first free one) and ids. */
function present(board: Board, table: Int32Array, bound: number, converged: boolean): Schedule {
  const model: Model = board.model;
  const { slotCount: S, meetingCount: M, tableIds, slotIds, meetingIds, tableUsable } = model;
  const T = tableIds.length;
  const taken = new Uint8Array(T * S);
  for (let m = 0; m < M; m++) {
    const t = table[m] ?? -1;
    if (t !== -1) {
      taken[t * S + (board.slotOf[m] ?? 0)] = 1;
    }
  }
  const next = new Int32Array(S);
  const placements: Placement[] = [];
  const unplaced: Schedule['unplaced'] = [];
  for (let m = 0; m < M; m++) {
    const s = board.slotOf[m] ?? -1;
    if (s === -1) {
      const possible = (model.feasibleStart[m + 1] ?? 0) > (model.feasibleStart[m] ?? 0);
      unplaced.push({ meeting: meetingIds[m] ?? '', reason: possible ? 'crowded' : 'no_common_slot' });
      continue;
    }
    let t = table[m] ?? -1;
    if (t === -1) {
      t = next[s] ?? 0;
      while (t < T && ((tableUsable[t * S + s] ?? 0) === 0 || (taken[t * S + s] ?? 0) === 1)) {
        t++;
      }
      taken[t * S + s] = 1;
      next[s] = t + 1;
    }
    placements.push({ meeting: meetingIds[m] ?? '', slot: slotIds[s] ?? '', table: tableIds[t] ?? '' });
  }
  return { placements, unplaced, placed: board.placed, weight: board.weight, bound, converged };
}
