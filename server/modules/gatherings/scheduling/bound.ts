import type { Model } from './model.ts';

/** Sum of the `count` largest values. */
function topSum(values: number[], count: number): number {
  if (count <= 0) {
    return 0;
  }
  if (values.length > count) {
    values.sort((a, b) => b - a);
  }
  let sum = 0;
  for (let i = 0; i < Math.min(count, values.length); i++) {
    sum += values[i] ?? 0;
  }
  return sum;
}

/**
 * An upper bound on the weight of any schedule, from relaxations that each drop most constraints:
 *   - every meeting that has a possible slot is placed;
 *   - only the table count binds: the heaviest (total tables over all slots) meetings;
 *   - only people bind: split each meeting's weight among its people (any split is valid, since a placed
 *     meeting pays each share once); a person with k usable slots is in at most k meetings, so at most
 *     their k largest shares count. Two splits: equal shares, and all of it to the most overloaded person
 *     (whose meetings compete for their slots).
 * The least of these; a schedule reaching it is optimal.
 */
export function upperBound(model: Model): number {
  const { meetingCount: M, personCount: P, slotCount: S, weight, feasibleStart, feasibleSlots } = model;
  const { peopleStart, peopleOf, capacity } = model;
  const placeable: number[] = [];
  for (let m = 0; m < M; m++) {
    if ((feasibleStart[m + 1] ?? 0) > (feasibleStart[m] ?? 0)) {
      placeable.push(m);
    }
  }
  const all = placeable.reduce((sum, m) => sum + (weight[m] ?? 0), 0);
  const tables = topSum(
    placeable.map((m) => weight[m] ?? 0),
    capacity.reduce((sum, c) => sum + c, 0),
  );

  // A person's usable slots: those where at least one of their meetings could take place.
  const slotsOf = new Int32Array(P);
  const degree = new Int32Array(P);
  const seen = new Uint8Array(P * S);
  for (const m of placeable) {
    for (let i = peopleStart[m] ?? 0; i < (peopleStart[m + 1] ?? 0); i++) {
      const p = peopleOf[i] ?? 0;
      degree[p] = (degree[p] ?? 0) + 1;
      for (let k = feasibleStart[m] ?? 0; k < (feasibleStart[m + 1] ?? 0); k++) {
        const at = p * S + (feasibleSlots[k] ?? 0);
        if (seen[at] === 0) {
          seen[at] = 1;
          slotsOf[p] = (slotsOf[p] ?? 0) + 1;
        }
      }
    }
  }
  const overload = (p: number) => (degree[p] ?? 0) / Math.max(1, slotsOf[p] ?? 0);
  const equal: number[][] = Array.from({ length: P }, () => []);
  const loaded: number[][] = Array.from({ length: P }, () => []);
  for (const m of placeable) {
    const from = peopleStart[m] ?? 0;
    const to = peopleStart[m + 1] ?? 0;
    let most = peopleOf[from] ?? 0;
    for (let i = from; i < to; i++) {
      const p = peopleOf[i] ?? 0;
      equal[p]?.push((weight[m] ?? 0) / (to - from));
      if (overload(p) > overload(most)) {
        most = p;
      }
    }
    loaded[most]?.push(weight[m] ?? 0);
  }
  let equalBound = 0;
  let loadedBound = 0;
  for (let p = 0; p < P; p++) {
    equalBound += topSum(equal[p] ?? [], slotsOf[p] ?? 0);
    loadedBound += topSum(loaded[p] ?? [], slotsOf[p] ?? 0);
  }
  // Weights are integers, so is the optimum: the fractional shares' bound rounds down.
  return Math.floor(Math.min(all, tables, equalBound + 1e-9, loadedBound));
}
