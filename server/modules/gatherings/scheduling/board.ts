import type { Model } from './model.ts';

/**
 * The schedule being built: which slot each meeting is in, who is busy when, how many tables each slot
 * uses. Every change can be journaled and rolled back, so the search tries a chain of moves and undoes it
 * when it does not pay.
 */
export class Board {
  readonly slotOf: Int32Array;
  /** busy[p * slotCount + s]: the meeting person p is in at slot s, or -1. */
  readonly busy: Int32Array;
  readonly used: Int32Array;
  /** 1 for meetings the engine must not move (pinned by the organizer, or kept by a re-plan). */
  readonly fixed: Uint8Array;
  /** Free tables over all slots. */
  freeTables = 0;
  placed = 0;
  weight = 0;
  /** Placed movable meetings per priority: the lowest one bounds what a swap could gain. */
  readonly movableByWeight: Int32Array;
  /** The meetings in slot s are members[s * stride .. s * stride + used[s]). */
  private readonly members: Int32Array;
  private readonly position: Int32Array;
  private readonly stride: number;
  private readonly journal: number[] = [];
  private journaling = false;

  constructor(readonly model: Model) {
    const { meetingCount: M, personCount: P, slotCount: S, capacity } = model;
    this.slotOf = new Int32Array(M).fill(-1);
    this.busy = new Int32Array(P * S).fill(-1);
    this.used = new Int32Array(S);
    this.fixed = new Uint8Array(M);
    this.stride = capacity.reduce((most, c) => Math.max(most, c), 1);
    this.members = new Int32Array(S * this.stride);
    this.position = new Int32Array(M);
    this.movableByWeight = new Int32Array(1 + model.weight.reduce((most, w) => Math.max(most, w), 0));
    this.freeTables = capacity.reduce((sum, c) => sum + c, 0);
  }

  /** Whether meeting m fits in slot s as things stand: its people free and a table left. */
  fits(m: number, s: number): boolean {
    const { peopleStart, peopleOf, slotCount: S, capacity } = this.model;
    if ((this.used[s] ?? 0) >= (capacity[s] ?? 0)) {
      return false;
    }
    for (let i = peopleStart[m] ?? 0; i < (peopleStart[m + 1] ?? 0); i++) {
      if ((this.busy[(peopleOf[i] ?? 0) * S + s] ?? 0) !== -1) {
        return false;
      }
    }
    return true;
  }

  /** Whether all of meeting m's people can meet in slot s (availability only, busy or not). */
  isAvailable(m: number, s: number): boolean {
    const { peopleStart, peopleOf, slotCount: S, available } = this.model;
    for (let i = peopleStart[m] ?? 0; i < (peopleStart[m + 1] ?? 0); i++) {
      if ((available[(peopleOf[i] ?? 0) * S + s] ?? 0) === 0) {
        return false;
      }
    }
    return true;
  }

  place(m: number, s: number): void {
    const { peopleStart, peopleOf, slotCount: S } = this.model;
    this.slotOf[m] = s;
    for (let i = peopleStart[m] ?? 0; i < (peopleStart[m + 1] ?? 0); i++) {
      this.busy[(peopleOf[i] ?? 0) * S + s] = m;
    }
    const n = this.used[s] ?? 0;
    this.members[s * this.stride + n] = m;
    this.position[m] = n;
    this.used[s] = n + 1;
    this.count(m, 1);
    if (this.journaling) {
      this.journal.push(m, -1);
    }
  }

  remove(m: number): void {
    const { peopleStart, peopleOf, slotCount: S } = this.model;
    const s = this.slotOf[m] ?? -1;
    for (let i = peopleStart[m] ?? 0; i < (peopleStart[m + 1] ?? 0); i++) {
      this.busy[(peopleOf[i] ?? 0) * S + s] = -1;
    }
    // The slot's last member takes the removed one's place.
    const n = (this.used[s] ?? 1) - 1;
    const at = this.position[m] ?? 0;
    const last = this.members[s * this.stride + n] ?? m;
    this.members[s * this.stride + at] = last;
    this.position[last] = at;
    this.used[s] = n;
    this.slotOf[m] = -1;
    this.count(m, -1);
    if (this.journaling) {
      this.journal.push(m, s);
    }
  }

  /** The i-th meeting placed in slot s (0 ≤ i < used[s]). */
  member(s: number, i: number): number {
    return this.members[s * this.stride + i] ?? -1;
  }

  /** The lowest priority among placed movable meetings (Infinity if none). */
  lowestMovableWeight(): number {
    for (let w = 1; w < this.movableByWeight.length; w++) {
      if ((this.movableByWeight[w] ?? 0) > 0) {
        return w;
      }
    }
    return Infinity;
  }

  /** Starts journaling; returns the mark to roll back to. */
  mark(): number {
    this.journaling = true;
    return this.journal.length;
  }

  rollback(mark: number): void {
    this.journaling = false;
    while (this.journal.length > mark) {
      const s = this.journal.pop() ?? -1;
      const m = this.journal.pop() ?? -1;
      if (s === -1) {
        this.remove(m);
      } else {
        this.place(m, s);
      }
    }
    this.journaling = true;
  }

  /** Stops or resumes journaling, for changes the caller undoes itself. */
  record(on: boolean): void {
    this.journaling = on;
  }

  /** Keeps every journaled change and stops journaling. */
  commit(): void {
    this.journal.length = 0;
    this.journaling = false;
  }

  private count(m: number, sign: 1 | -1): void {
    const w = this.model.weight[m] ?? 0;
    this.placed += sign;
    this.weight += sign * w;
    this.freeTables -= sign;
    if ((this.fixed[m] ?? 0) === 0) {
      this.movableByWeight[w] = (this.movableByWeight[w] ?? 0) + sign;
    }
  }
}
