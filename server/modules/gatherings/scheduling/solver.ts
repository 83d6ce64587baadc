import type { Board } from './board.ts';

/**
 * The first two phases of the scheduler (docs/scheduling.md; the third, the neighbourhood search, is in
 * lns.ts): a greedy pass that places the meetings in order (highest priority first, then the hardest to
 * place), each where it takes least from the meetings still to come; then ejection chains: an unplaced
 * meeting takes a slot by moving what blocks it (the meetings of its people in that slot, or one meeting
 * when the slot's tables are all used) elsewhere, recursively, and the chain is kept only if the
 * schedule's weight grows.
 */

/** How deep a chain of moves goes (the unplaced meeting, then up to this many levels of displaced ones). */
const MAX_DEPTH = 3;
/** Slot tries per attempt: bounds the work spent on one unplaced meeting. */
const MAX_NODES = 100;
/** Meetings of a full slot examined when looking for one to move to a free table elsewhere. */
const VICTIM_SCAN = 64;

/** Order of the greedy pass: priority, then fewest possible slots, then the busiest people. */
export function greedyOrder(board: Board, meetings: Iterable<number>): number[] {
  const { weight, feasibleStart, peopleStart, peopleOf, personCount, slotCount: S, available } = board.model;
  const degree = new Float64Array(personCount);
  const list = [...meetings];
  for (const m of list) {
    for (let i = peopleStart[m] ?? 0; i < (peopleStart[m + 1] ?? 0); i++) {
      const p = peopleOf[i] ?? 0;
      degree[p] = (degree[p] ?? 0) + 1;
    }
  }
  // Load of a person: meetings asked of them per slot they can give.
  for (let p = 0; p < personCount; p++) {
    let slots = 0;
    for (let s = 0; s < S; s++) {
      slots += available[p * S + s] ?? 0;
    }
    degree[p] = (degree[p] ?? 0) / Math.max(1, slots);
  }
  const options = (m: number) => (feasibleStart[m + 1] ?? 0) - (feasibleStart[m] ?? 0);
  const load = new Float64Array(board.model.meetingCount);
  for (const m of list) {
    for (let i = peopleStart[m] ?? 0; i < (peopleStart[m + 1] ?? 0); i++) {
      load[m] = Math.max(load[m] ?? 0, degree[peopleOf[i] ?? 0] ?? 0);
    }
  }
  return list.sort(
    (a, b) =>
      (weight[b] ?? 0) - (weight[a] ?? 0) ||
      options(a) - options(b) ||
      (load[b] ?? 0) - (load[a] ?? 0) ||
      a - b,
  );
}

/**
 * Places the meetings in `order` one by one, each in the free slot where the expected competition is
 * lowest: for each of its people, the meetings still to come that could use that slot (each counted as
 * 1 / its number of possible slots), plus the same for the slot's remaining tables.
 */
export function greedy(board: Board, order: readonly number[]): void {
  const { feasibleStart, feasibleSlots, peopleStart, peopleOf, slotCount: S, capacity } = board.model;
  const personPressure = new Float64Array(board.model.personCount * S);
  const slotPressure = new Float64Array(S);
  const spread = (m: number, sign: 1 | -1) => {
    const from = feasibleStart[m] ?? 0;
    const to = feasibleStart[m + 1] ?? 0;
    const share = to > from ? sign / (to - from) : 0;
    for (let k = from; k < to; k++) {
      const s = feasibleSlots[k] ?? 0;
      slotPressure[s] = (slotPressure[s] ?? 0) + share;
      for (let i = peopleStart[m] ?? 0; i < (peopleStart[m + 1] ?? 0); i++) {
        const at = (peopleOf[i] ?? 0) * S + s;
        personPressure[at] = (personPressure[at] ?? 0) + share;
      }
    }
  };
  for (const m of order) {
    spread(m, 1);
  }
  for (const m of order) {
    spread(m, -1);
    let best = -1;
    let bestScore = Infinity;
    for (let k = feasibleStart[m] ?? 0; k < (feasibleStart[m + 1] ?? 0); k++) {
      const s = feasibleSlots[k] ?? 0;
      if (!board.fits(m, s)) {
        continue;
      }
      let score = (slotPressure[s] ?? 0) / ((capacity[s] ?? 0) - (board.used[s] ?? 0));
      for (let i = peopleStart[m] ?? 0; i < (peopleStart[m + 1] ?? 0); i++) {
        score += personPressure[(peopleOf[i] ?? 0) * S + s] ?? 0;
      }
      if (score < bestScore) {
        bestScore = score;
        best = s;
      }
    }
    if (best !== -1) {
      board.place(m, best);
    }
  }
}

export class Chains {
  private readonly touched: Int32Array;
  private stamp = 0;
  private nodes = 0;

  constructor(private readonly board: Board) {
    this.touched = new Int32Array(board.model.meetingCount);
  }

  /**
   * Chains for each candidate in turn until a whole pass finds nothing or the deadline passes. Every
   * accepted chain raises the schedule's weight, so this ends. Returns false if cut by the deadline.
   */
  settle(candidates: readonly number[], deadline: number): boolean {
    for (;;) {
      let improved = false;
      for (let i = 0; i < candidates.length; i++) {
        const m = candidates[i] ?? 0;
        if (this.board.slotOf[m] === -1 && this.attempt(m)) {
          improved = true;
        }
        if ((i & 31) === 31 && performance.now() > deadline) {
          return false;
        }
      }
      if (!improved) {
        return true;
      }
    }
  }

  /**
   * With every table in use, a chain cannot place more meetings, only swap one for another: it cannot
   * pay for a meeting weighing no more than every movable placed one.
   */
  private hopeless(m: number): boolean {
    const { board } = this;
    return board.freeTables === 0 && (board.model.weight[m] ?? 0) <= board.lowestMovableWeight();
  }

  /** Tries to place unplaced meeting m with a chain that gains weight; keeps the chain if found. */
  attempt(m: number, depth = MAX_DEPTH, nodes = MAX_NODES): boolean {
    if (this.hopeless(m)) {
      return false;
    }
    this.stamp++;
    this.nodes = MAX_NODES - nodes;
    const mark = this.board.mark();
    if (this.insert(m, depth, -1) > 0) {
      return true;
    }
    this.board.rollback(mark);
    return false;
  }

  /**
   * Places unplaced meeting m (not in slot `avoid`), displacing others and re-placing them one level
   * down. Returns the weight gained (> 0) with the board changed, or 0 with the board as it was.
   */
  private insert(m: number, depth: number, avoid: number): number {
    const { board } = this;
    const {
      feasibleStart,
      feasibleSlots,
      peopleStart,
      peopleOf,
      slotCount: S,
      capacity,
      weight,
    } = board.model;
    this.touched[m] = this.stamp;
    const w = weight[m] ?? 0;
    for (let k = feasibleStart[m] ?? 0; k < (feasibleStart[m + 1] ?? 0); k++) {
      const s = feasibleSlots[k] ?? 0;
      if (s !== avoid && board.fits(m, s)) {
        board.place(m, s);
        return w;
      }
    }
    if (depth === 0) {
      return 0;
    }
    const ejected: number[] = [];
    for (let k = feasibleStart[m] ?? 0; k < (feasibleStart[m + 1] ?? 0); k++) {
      const s = feasibleSlots[k] ?? 0;
      if (s === avoid || ++this.nodes > MAX_NODES) {
        continue;
      }
      ejected.length = 0;
      let movable = true;
      for (let i = peopleStart[m] ?? 0; movable && i < (peopleStart[m + 1] ?? 0); i++) {
        const b = board.busy[(peopleOf[i] ?? 0) * S + s] ?? -1;
        if (b !== -1 && !ejected.includes(b)) {
          movable = (board.fixed[b] ?? 0) === 0 && this.touched[b] !== this.stamp;
          ejected.push(b);
        }
      }
      if (!movable) {
        continue;
      }
      const mark = board.mark();
      let lost = 0;
      for (const b of ejected) {
        board.remove(b);
        lost += weight[b] ?? 0;
      }
      if ((board.used[s] ?? 0) >= (capacity[s] ?? 0)) {
        const victim = this.tableVictim(s, w - lost, depth > 1);
        if (victim === -1) {
          board.rollback(mark);
          continue;
        }
        board.remove(victim);
        ejected.push(victim);
        lost += weight[victim] ?? 0;
      }
      board.place(m, s);
      for (const e of ejected) {
        this.touched[e] = this.stamp;
      }
      let gain = w - lost;
      ejected.sort((a, b) => (weight[b] ?? 0) - (weight[a] ?? 0));
      for (const e of ejected) {
        gain += this.insert(e, depth - 1, s);
      }
      if (gain > 0) {
        return gain;
      }
      board.rollback(mark);
    }
    return 0;
  }

  /**
   * A meeting of full slot s to make room: preferably one that fits at a free table elsewhere as it is,
   * else the lightest one worth less than `budget` (a swap), else — when it can itself displace others
   * (`deep`) — any movable one. -1 if none.
   */
  private tableVictim(s: number, budget: number, deep: boolean): number {
    const { board } = this;
    const { slotCount: S, capacity, weight } = board.model;
    const used = board.used[s] ?? 0;
    const open: number[] = [];
    if (board.freeTables > 0) {
      for (let t = 0; t < S; t++) {
        if (t !== s && (board.used[t] ?? 0) < (capacity[t] ?? 0)) {
          open.push(t);
        }
      }
    }
    let lightest = -1;
    let any = -1;
    const first = this.stamp % Math.max(1, used);
    for (let i = 0; i < used; i++) {
      const v = board.member(s, (first + i) % used);
      if ((board.fixed[v] ?? 0) === 1 || this.touched[v] === this.stamp) {
        continue;
      }
      if (i < VICTIM_SCAN && open.some((t) => board.isAvailable(v, t) && board.fits(v, t))) {
        return v;
      }
      any = any === -1 ? v : any;
      if ((weight[v] ?? 0) < budget && (lightest === -1 || (weight[v] ?? 0) < (weight[lightest] ?? 0))) {
        lightest = v;
      }
    }
    return lightest !== -1 || !deep ? lightest : any;
  }
}
