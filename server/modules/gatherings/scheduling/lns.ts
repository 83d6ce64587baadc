import type { Board } from './board.ts';
import type { Chains } from './solver.ts';
import { mulberry32 } from '../../../platform/random.ts';

/** The chains run inside a round are short: the round's own moves did the rest. */
const REPAIR_DEPTH = 2;
const REPAIR_NODES = 60;
/** Meetings re-solved exactly in a round, and the search nodes allowed for it. */
const NEIGHBOURHOOD = 8;
const EXACT_NODES = 3000;
/**
 * One round in this many is an exact re-solve, the others destroy and repair: the random repair is cheaper
 * and finds most gains on expo-sized events sooner; the exact one finds the coordinated moves it misses.
 */
const EXACT_EVERY = 8;

/**
 * Large-neighbourhood search, after the chains stop finding anything. Each round takes a random unplaced
 * meeting u and makes one of two moves:
 *   - destroy and repair: free u's people of a few of their meetings (and of the meetings blocking u in one
 *     of its slots, with one holding a table there if none is left), put back u first, then the rest
 *     heaviest first, each in a random slot where it fits, plus the waiting meetings that can use a freed
 *     place; short chains for what is left;
 *   - exact re-solve: take up to 8 meetings around u (u, one holding a table it could use, its people's
 *     meetings, theirs…) off the board and put them back in the best way the rest of the board allows, by
 *     branch and bound.
 * A round is undone if the schedule weighs less after it; ties are kept, so the schedule drifts across
 * equally good ones and reaches improvements that no single chain of moves does.
 */
export class Neighbourhoods {
  private readonly personStart: Int32Array;
  private readonly personMeetings: Int32Array;
  private readonly candidates: number[];
  private readonly rand: () => number;
  // Scratch for one round, allocated once.
  private readonly removed: number[] = [];
  private readonly repair: number[] = [];
  private readonly key: Float64Array;
  private readonly inRepair: Int32Array;
  /** The slot a meeting removed this round was in; -1 for the others. */
  private readonly wasIn: Int32Array;
  private round = 0;
  private readonly members: number[] = [];
  private readonly visited: Int32Array;
  private readonly current: Int32Array;
  private readonly best: Int32Array;
  private readonly remaining: Float64Array;
  private bestValue = 0;
  private nodes = 0;

  constructor(
    private readonly board: Board,
    private readonly chains: Chains,
    seed: number,
  ) {
    const { meetingCount: M, personCount: P, peopleStart, peopleOf, feasibleStart, pinnedSlot } = board.model;
    this.personStart = new Int32Array(P + 1);
    for (let i = 0; i < peopleOf.length; i++) {
      const p = peopleOf[i] ?? 0;
      this.personStart[p + 1] = (this.personStart[p + 1] ?? 0) + 1;
    }
    for (let p = 0; p < P; p++) {
      this.personStart[p + 1] = (this.personStart[p + 1] ?? 0) + (this.personStart[p] ?? 0);
    }
    const next = this.personStart.slice(0, P);
    this.personMeetings = new Int32Array(peopleOf.length);
    for (let m = 0; m < M; m++) {
      for (let i = peopleStart[m] ?? 0; i < (peopleStart[m + 1] ?? 0); i++) {
        const p = peopleOf[i] ?? 0;
        this.personMeetings[next[p] ?? 0] = m;
        next[p] = (next[p] ?? 0) + 1;
      }
    }
    this.candidates = [];
    for (let m = 0; m < M; m++) {
      if ((pinnedSlot[m] ?? -1) === -1 && (feasibleStart[m + 1] ?? 0) > (feasibleStart[m] ?? 0)) {
        this.candidates.push(m);
      }
    }
    this.rand = mulberry32(seed);
    this.key = new Float64Array(M);
    this.inRepair = new Int32Array(M);
    this.wasIn = new Int32Array(M).fill(-1);
    this.visited = new Int32Array(P);
    this.current = new Int32Array(NEIGHBOURHOOD);
    this.best = new Int32Array(NEIGHBOURHOOD);
    this.remaining = new Float64Array(NEIGHBOURHOOD + 1);
  }

  /**
   * Rounds until the deadline, the bound is reached, or `patience` rounds in a row gain nothing.
   * Returns false if the deadline stopped it.
   */
  run(deadline: number, bound: number, patience: number): boolean {
    const { board } = this;
    let stall = 0;
    for (let round = 0; board.weight < bound && stall < patience; round++) {
      if ((round & 15) === 0 && performance.now() > deadline) {
        return false;
      }
      const u = this.unplaced();
      if (u === -1) {
        return true;
      }
      const before = board.weight;
      const mark = board.mark();
      if (round % EXACT_EVERY !== EXACT_EVERY - 1) {
        this.destroyAndRepair(u);
      } else {
        this.resolveAround(u);
      }
      if (board.weight < before) {
        board.rollback(mark);
      }
      stall = board.weight > before ? 0 : stall + 1;
      board.commit();
    }
    return true;
  }

  /** A random unplaced movable meeting that has a possible slot, or -1. */
  private unplaced(): number {
    const { candidates, board } = this;
    for (let tries = 0; tries < 32; tries++) {
      const m = candidates[Math.floor(this.rand() * candidates.length)] ?? -1;
      if (m !== -1 && board.slotOf[m] === -1 && board.fixed[m] === 0) {
        return m;
      }
    }
    return candidates.find((m) => board.slotOf[m] === -1 && board.fixed[m] === 0) ?? -1;
  }

  private destroyAndRepair(u: number): void {
    const { board, rand, removed, repair, key } = this;
    const { peopleStart, peopleOf, slotCount: S, feasibleStart, feasibleSlots, weight } = board.model;
    removed.length = 0;
    repair.length = 0;
    this.round++;
    const take = (m: number) => {
      if (m !== -1 && board.fixed[m] === 0 && board.slotOf[m] !== -1) {
        this.wasIn[m] = board.slotOf[m] ?? -1;
        board.remove(m);
        removed.push(m);
      }
    };
    const add = (m: number) => {
      if (this.inRepair[m] !== this.round) {
        this.inRepair[m] = this.round;
        key[m] = (weight[m] ?? 0) + rand();
        repair.push(m);
      }
    };
    const options = (feasibleStart[u + 1] ?? 0) - (feasibleStart[u] ?? 0);
    const s = feasibleSlots[(feasibleStart[u] ?? 0) + Math.floor(rand() * options)] ?? 0;
    for (let i = peopleStart[u] ?? 0; i < (peopleStart[u + 1] ?? 0); i++) {
      const p = peopleOf[i] ?? 0;
      take(board.busy[p * S + s] ?? -1);
      const from = this.personStart[p] ?? 0;
      const count = (this.personStart[p + 1] ?? 0) - from;
      for (let k = Math.floor(rand() * 3); k > 0 && count > 0; k--) {
        take(this.personMeetings[from + Math.floor(rand() * count)] ?? -1);
      }
    }
    // With no table left in s, a meeting sharing no one with u still stands in its way.
    if ((board.used[s] ?? 0) >= (board.model.capacity[s] ?? 0)) {
      take(this.anyIn(s));
    }
    add(u);
    for (const m of removed) {
      add(m);
    }
    // The waiting meetings that could use a freed place: a freed person in the slot they were freed from.
    for (const m of removed) {
      const freed = this.wasIn[m] ?? 0;
      for (let i = peopleStart[m] ?? 0; i < (peopleStart[m + 1] ?? 0); i++) {
        const p = peopleOf[i] ?? 0;
        for (let k = this.personStart[p] ?? 0; k < (this.personStart[p + 1] ?? 0); k++) {
          const other = this.personMeetings[k] ?? 0;
          if (board.slotOf[other] === -1 && board.fixed[other] === 0 && board.isAvailable(other, freed)) {
            add(other);
          }
        }
      }
    }
    // u first: the round exists to try it where its blockers were; then the heaviest.
    key[u] = Infinity;
    repair.sort((a, b) => (key[b] ?? 0) - (key[a] ?? 0));
    for (const m of repair) {
      this.placeAnywhere(m);
    }
    for (const m of repair) {
      if (board.slotOf[m] === -1 && (m === u || this.wasIn[m] !== -1)) {
        this.chains.attempt(m, REPAIR_DEPTH, REPAIR_NODES);
      }
    }
    for (const m of removed) {
      this.wasIn[m] = -1;
    }
  }

  /**
   * Up to NEIGHBOURHOOD meetings around u: u, then meetings of its people (placed ones, and half of the
   * waiting ones), then meetings of those meetings' people, breadth first in random order.
   */
  private collect(u: number): number[] {
    const { board, members, rand } = this;
    const { peopleStart, peopleOf, feasibleStart } = board.model;
    members.length = 0;
    members.push(u);
    this.inRepair[u] = this.round;
    const queue: number[] = [];
    const visit = (m: number) => {
      for (let i = peopleStart[m] ?? 0; i < (peopleStart[m + 1] ?? 0); i++) {
        const p = peopleOf[i] ?? 0;
        if (this.visited[p] !== this.round) {
          this.visited[p] = this.round;
          queue.push(p);
        }
      }
    };
    visit(u);
    // A meeting holding a table u could use, in one of its slots that is full.
    const { feasibleSlots, capacity } = board.model;
    const options = (feasibleStart[u + 1] ?? 0) - (feasibleStart[u] ?? 0);
    const s = feasibleSlots[(feasibleStart[u] ?? 0) + Math.floor(rand() * options)] ?? 0;
    const rival = (board.used[s] ?? 0) >= (capacity[s] ?? 0) ? this.anyIn(s) : -1;
    if (rival !== -1) {
      this.inRepair[rival] = this.round;
      members.push(rival);
      visit(rival);
    }
    for (let head = 0; head < queue.length && members.length < NEIGHBOURHOOD; head++) {
      const p = queue[head] ?? 0;
      const from = this.personStart[p] ?? 0;
      const count = (this.personStart[p + 1] ?? 0) - from;
      const first = Math.floor(rand() * count);
      for (let k = 0; k < count && members.length < NEIGHBOURHOOD; k++) {
        const m = this.personMeetings[from + ((first + k) % count)] ?? 0;
        const placed = board.slotOf[m] !== -1;
        if (
          this.inRepair[m] === this.round ||
          board.fixed[m] === 1 ||
          (feasibleStart[m + 1] ?? 0) === (feasibleStart[m] ?? 0) ||
          (!placed && rand() < 0.5)
        ) {
          continue;
        }
        this.inRepair[m] = this.round;
        members.push(m);
        if (placed) {
          visit(m);
        }
      }
    }
    return members;
  }

  /**
   * Takes u's neighbourhood off the board and puts it back in the best way the rest of the board allows
   * (branch and bound within EXACT_NODES); an equally good but different arrangement is taken too.
   */
  private resolveAround(u: number): void {
    const { board } = this;
    const { weight } = board.model;
    this.round++;
    const members = this.collect(u);
    members.sort((a, b) => (weight[b] ?? 0) - (weight[a] ?? 0));
    let before = 0;
    for (const m of members) {
      this.wasIn[m] = board.slotOf[m] ?? -1;
      if (board.slotOf[m] !== -1) {
        before += weight[m] ?? 0;
        board.remove(m);
      }
    }
    this.remaining[members.length] = 0;
    for (let i = members.length - 1; i >= 0; i--) {
      this.remaining[i] = (this.remaining[i + 1] ?? 0) + (weight[members[i] ?? 0] ?? 0);
    }
    this.bestValue = before - 1;
    this.nodes = 0;
    board.record(false);
    this.branch(0, 0);
    board.record(true);
    const found = this.bestValue >= before;
    members.forEach((m, i) => {
      const s = found ? (this.best[i] ?? -1) : (this.wasIn[m] ?? -1);
      if (s !== -1) {
        board.place(m, s);
      }
      this.wasIn[m] = -1;
    });
  }

  private branch(i: number, value: number): void {
    const { board, members } = this;
    if (value > this.bestValue) {
      // Meetings i and after are not placed on this path.
      this.current.fill(-1, i);
      this.bestValue = value;
      this.best.set(this.current);
    }
    const m = members[i];
    if (m === undefined || value + (this.remaining[i] ?? 0) <= this.bestValue || ++this.nodes > EXACT_NODES) {
      return;
    }
    const { feasibleStart, feasibleSlots, weight } = board.model;
    const from = feasibleStart[m] ?? 0;
    const count = (feasibleStart[m + 1] ?? 0) - from;
    const first = Math.floor(this.rand() * count);
    for (let k = 0; k < count; k++) {
      const s = feasibleSlots[from + ((first + k) % count)] ?? 0;
      if (board.fits(m, s)) {
        board.place(m, s);
        this.current[i] = s;
        this.branch(i + 1, value + (weight[m] ?? 0));
        board.remove(m);
      }
    }
    this.current[i] = -1;
    this.branch(i + 1, value);
  }

  /** A random movable meeting placed in slot s, or -1. */
  private anyIn(s: number): number {
    const { board } = this;
    const used = board.used[s] ?? 0;
    for (let tries = 0; tries < 8 && used > 0; tries++) {
      const m = board.member(s, Math.floor(this.rand() * used));
      if (board.fixed[m] === 0) {
        return m;
      }
    }
    return -1;
  }

  /** Places unplaced meeting m in a random slot where it fits, if any. */
  private placeAnywhere(m: number): void {
    const { board } = this;
    const { feasibleStart, feasibleSlots } = board.model;
    const from = feasibleStart[m] ?? 0;
    const count = (feasibleStart[m + 1] ?? 0) - from;
    const first = Math.floor(this.rand() * count);
    for (let k = 0; k < count; k++) {
      const s = feasibleSlots[from + ((first + k) % count)] ?? 0;
      if (board.fits(m, s)) {
        board.place(m, s);
        return;
      }
    }
  }
}
