/**
 * A cancellation signal without EventTarget. Node's AbortController costs several microseconds to make and to
 * listen to — measured as the largest removable cost of a proxied request — and a gateway makes two per
 * request. `Abort` has the same shape where Rung and undici use it (`aborted`, `reason`, `addEventListener`,
 * `removeEventListener`), and an AbortSignal still satisfies `AbortSignalLike`.
 */

export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/**
 * @example
 * const abort = new Abort();
 * abort.addEventListener('abort', () => console.log(abort.reason));
 * abort.abort({ kind: 'client_closed' });
 */
export class Abort implements AbortSignalLike {
  aborted = false;
  reason: unknown = undefined;
  private listeners: Array<() => void> | null = null;

  addEventListener(_type: 'abort', listener: () => void): void {
    if (this.aborted) return;
    if (this.listeners === null) this.listeners = [listener];
    else this.listeners.push(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const listeners = this.listeners;
    if (listeners === null) return;
    const index = listeners.indexOf(listener);
    if (index !== -1) listeners.splice(index, 1);
  }

  /** Fires every listener once; later calls do nothing. */
  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const listeners = this.listeners;
    this.listeners = null;
    if (listeners !== null) for (const listener of listeners) listener();
  }
}
