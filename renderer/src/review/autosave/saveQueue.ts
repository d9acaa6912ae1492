import { inBackground } from '@shared/lib/background';

/**
 * What autosave says about one thing being edited:
 * idle (nothing changed yet), pending (changed, about to save), saving, saved (the app confirmed the
 * write), error (the last save failed; the value is kept for the next try).
 */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

const running = new Set<Promise<void>>();

/** Resolves once every save started anywhere has finished, however it ended. */
export async function allSavesSettled(): Promise<void> {
  while (running.size > 0) await Promise.allSettled([...running]);
}

/**
 * Saves the latest value of one thing: at most one save in flight, and whatever arrives while one is in
 * flight is saved after it, so the last value written is always the last value given.
 */
export class SaveQueue<T> {
  private latest: T | undefined;
  private unsaved = false;
  private flushAgain = false;
  private current: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private save: (value: T) => Promise<void>,
    private readonly report: (state: SaveState, error: unknown) => void,
    private readonly delay: number,
  ) {}

  /** Replaces how values are saved (the caller's function may change between renders). */
  saveWith(save: (value: T) => Promise<void>): void {
    this.save = save;
  }

  /** Records a new value and saves it now or after the delay (restarted by each change). */
  change(value: T, when: 'now' | 'soon'): void {
    this.latest = value;
    this.unsaved = true;
    this.report('pending', null);
    if (when === 'now') {
      inBackground(this.flush());
    } else {
      this.clearTimer();
      this.timer = setTimeout(() => inBackground(this.flush()), this.delay);
    }
  }

  /** Saves anything not yet saved; resolves when nothing is left in flight. */
  flush(): Promise<void> {
    this.clearTimer();
    if (this.current) {
      this.flushAgain = true;
      return this.current;
    }
    if (!this.unsaved) return Promise.resolve();
    const work = this.run().finally(() => {
      running.delete(work);
      this.current = null;
    });
    this.current = work;
    running.add(work);
    return work;
  }

  /**
   * Drops the waiting value if another write already saves it (an indicator's save carries the place the
   * manager is working, so the place need not be sent on its own). Nothing in flight is touched.
   */
  savedElsewhere(isSaved: (value: T) => boolean): void {
    if (!this.unsaved || this.current || !isSaved(this.latest as T)) return;
    this.clearTimer();
    this.unsaved = false;
    this.report('idle', null);
  }

  get hasUnsaved(): boolean {
    return this.unsaved;
  }

  private async run(): Promise<void> {
    do {
      this.flushAgain = false;
      const value = this.latest as T;
      this.unsaved = false;
      this.report('saving', null);
      try {
        await this.save(value);
      } catch (error) {
        this.unsaved = true;
        this.report('error', error);
        return;
      }
    } while (this.flushAgain && this.unsaved);
    this.report(this.unsaved ? 'pending' : 'saved', null);
  }

  private clearTimer() {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
