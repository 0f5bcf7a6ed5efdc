/**
 * The line in front of the PDF printer. Chromium costs a renderer process per page on a small
 * machine, so at most `parallel` documents print at once; the rest wait their turn. A person's
 * download does not wait forever, nor does the line grow without bound: when `maxWaiting` are
 * already waiting, or a request has waited `waitTimeoutMs`, it is refused at once with
 * PrintBusyError ("busy, try again in a moment", 503 with Retry-After).
 *
 * Background work (documents stored at publication, the job that fills gaps) waits as long as it
 * takes and is never refused: it is started by signed-in officers or by the job, not by whoever
 * sends requests, and giving up would only leave a gap to fill later.
 */

export class PrintBusyError extends Error {
  /** Seconds after which trying again is reasonable. */
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super("the PDF printer is busy");
    this.name = "PrintBusyError";
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export interface PrintQueueOptions {
  parallel: number;
  maxWaiting: number;
  waitTimeoutMs: number;
}

interface Waiter {
  start: () => void;
  background: boolean;
}

export class PrintQueue {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly opts: PrintQueueOptions) {}

  /** How many print now and how many wait (for the health check and tests). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(fn: () => Promise<T>, opts: { background?: boolean } = {}): Promise<T> {
    if (this.running < this.opts.parallel) this.running++;
    else await this.wait(Boolean(opts.background));
    try {
      return await fn();
    } finally {
      // Hand the slot straight to the next in line, so the count stays right without a race.
      const next = this.waiting.shift();
      if (next) next.start();
      else this.running--;
    }
  }

  private wait(background: boolean): Promise<void> {
    if (!background && this.waiting.length >= this.opts.maxWaiting) return Promise.reject(this.busy());
    return new Promise<void>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const waiter: Waiter = {
        background,
        start: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.waiting.push(waiter);
      if (!background) {
        timer = setTimeout(() => {
          const at = this.waiting.indexOf(waiter);
          if (at >= 0) this.waiting.splice(at, 1);
          reject(this.busy());
        }, this.opts.waitTimeoutMs);
      }
    });
  }

  private busy(): PrintBusyError {
    // Roughly how long the line ahead takes to clear, at least a few seconds.
    return new PrintBusyError(Math.max(5, Math.ceil(this.opts.waitTimeoutMs / 1000 / 2)));
  }
}
