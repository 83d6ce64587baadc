/**
 * Businesses announced as changed, for an in-memory copy of the directory (the search's posting index,
 * matching's candidate directory). The announcement can arrive before the writing transaction commits
 * (PostgreSQL), so a changed business is re-read before every read for a while, not once.
 */
export class RecentChanges {
  private readonly changed = new Map<string, number>();

  constructor(private readonly windowMs = 5_000) {}

  add(ids: readonly string[], at = Date.now()): void {
    for (const id of ids) {
      this.changed.set(id, at);
    }
  }

  get size(): number {
    return this.changed.size;
  }

  includes(id: string): boolean {
    return this.changed.has(id);
  }

  ids(): string[] {
    return [...this.changed.keys()];
  }

  /** After a re-read that started at `startedAt`: forget what was announced longer ago than the window. */
  settle(startedAt: number): void {
    for (const [id, at] of this.changed) {
      if (startedAt - at >= this.windowMs) {
        this.changed.delete(id);
      }
    }
  }
}
