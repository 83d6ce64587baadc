import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';

export type BusHandler = (message: string) => void;

/**
 * Messages between parts of the server that may run in different processes (a notification created
 * on one instance, an open SSE stream on another). In-process without Redis; Redis pub/sub with it.
 */
export interface Bus {
  publish(channel: string, message: string): Promise<void>;
  /** Resolves once the subscription is live; the result unsubscribes. */
  subscribe(channel: string, handler: BusHandler): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export class LocalBus implements Bus {
  private readonly emitter = new EventEmitter();

  constructor() {
    // One listener per open stream; many streams are normal, not a leak.
    this.emitter.setMaxListeners(0);
  }

  async publish(channel: string, message: string): Promise<void> {
    this.emitter.emit(channel, message);
  }

  async subscribe(channel: string, handler: BusHandler): Promise<() => Promise<void>> {
    this.emitter.on(channel, handler);
    return async () => {
      this.emitter.off(channel, handler);
    };
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

/**
 * Redis pub/sub. A connection in subscriber mode can do nothing else, so there are two: one to
 * publish, one shared by every subscription of this process (a channel is subscribed in Redis while
 * at least one local handler listens to it).
 */
export class RedisBus implements Bus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly handlers = new Map<string, Set<BusHandler>>();

  constructor(
    url: string,
    private readonly namespace: string,
  ) {
    const options = { connectTimeout: 2000, maxRetriesPerRequest: 1 };
    this.publisher = new Redis(url, options);
    // No ready check (INFO) on the subscriber: a SUBSCRIBE sent while it connects (at start-up) would put
    // it in subscriber mode first, the INFO would then fail, and the error would stop the process.
    this.subscriber = new Redis(url, { ...options, enableReadyCheck: false });
    this.subscriber.on('message', (channel: string, message: string) => {
      for (const handler of this.handlers.get(channel) ?? []) {
        handler(message);
      }
    });
  }

  private key(channel: string): string {
    return `${this.namespace}:bus:${channel}`;
  }

  async publish(channel: string, message: string): Promise<void> {
    await this.publisher.publish(this.key(channel), message);
  }

  async subscribe(channel: string, handler: BusHandler): Promise<() => Promise<void>> {
    const key = this.key(channel);
    let set = this.handlers.get(key);
    if (!set) {
      set = new Set();
      this.handlers.set(key, set);
    }
    set.add(handler);
    await this.subscriber.subscribe(key);
    return async () => {
      const current = this.handlers.get(key);
      current?.delete(handler);
      if (current?.size === 0) {
        this.handlers.delete(key);
        await this.subscriber.unsubscribe(key);
      }
    };
  }

  async close(): Promise<void> {
    this.handlers.clear();
    await Promise.all([this.publisher.quit(), this.subscriber.quit()]);
  }
}

export function createBus(redisUrl: string | undefined, namespace: string): Bus {
  return redisUrl ? new RedisBus(redisUrl, namespace) : new LocalBus();
}
