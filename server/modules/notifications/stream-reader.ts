/** Test support: reads a server-sent event stream over real HTTP and waits for events. */

export interface StreamEvent {
  event: string;
  data: unknown;
}

export interface StreamReader {
  status: number;
  /** Resolves with the first event (not yet taken) that matches, or rejects after `timeoutMs`. */
  next: (match: (e: StreamEvent) => boolean, timeoutMs?: number) => Promise<StreamEvent>;
  close: () => void;
}

export async function openStream(url: string, headers: Record<string, string>): Promise<StreamReader> {
  const controller = new AbortController();
  const res = await fetch(url, { headers, signal: controller.signal });
  const events: StreamEvent[] = [];
  const waiters = new Set<() => void>();
  let buffer = '';
  const pump = async () => {
    const reader = res.body?.getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) {
        return;
      }
      buffer += decoder.decode(chunk.value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) {
          events.push({ event, data: JSON.parse(data) as unknown });
          waiters.forEach((wake) => wake());
        }
        end = buffer.indexOf('\n\n');
      }
    }
  };
  void pump().catch(() => undefined);

  const next = (match: (e: StreamEvent) => boolean, timeoutMs = 5000) =>
    new Promise<StreamEvent>((resolve, reject) => {
      const check = () => {
        const index = events.findIndex(match);
        if (index >= 0) {
          const [found] = events.splice(index, 1);
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found as StreamEvent);
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events)}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  return { status: res.status, next, close: () => controller.abort() };
}
