/**
 * One upstream call on undici's dispatch API: the handler undici drives, and the response an adapter reads, in
 * one object. undici's `request()` wraps every call in an AsyncResource, a Node Readable for the body, an abort
 * listener and a consumer for `.text()`; measured here at 45–48 µs of CPU per proxied call against 18–21 µs for
 * a dispatch handler: the largest single cost of a request through Rung before this. What those layers gave is
 * done here directly: the body is a bounded queue (undici stops reading the socket past HIGH_WATER_BYTES until
 * it drains), an early stop or a discard aborts the request (the connection is dropped, as destroying the
 * Readable did), and every failure reaches the reader as an AttemptFailure with its outcome class.
 *
 * Timeouts: first byte (until the status line and headers) and idle (the longest gap between body chunks) are
 * ours, on precise timers; undici's own run on a coarse clock and stay on as a backstop. A timeout or the
 * request's signal (client gone, a core timeout) settles the call at once, even while undici still has the
 * request queued for a connection, and aborts it on the wire as soon as it has one.
 */
import type { Dispatcher } from 'undici';
import { errors as undiciErrors } from 'undici';
import type { AbortSignalLike } from '../../spec/abort.js';
import { AttemptFailure } from '../../spec/errors.js';
import { FINISHED } from '../../spec/provider.js';
import { isAbortCause, type TransportTimeout, type UpstreamRequest, type UpstreamResponse } from './transport.js';

/** Body bytes held for a reader that is behind before undici is asked to stop reading the socket. */
export const HIGH_WATER_BYTES = 64 * 1024;

/** The most a whole body read with `text()` may be by default: a non-streaming answer is kilobytes, never this. */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024;

/** Where a call is: sent, no status yet; headers in, body arriving; ended cleanly; failed (`failure` says why). */
const Phase = { Waiting: 0, Body: 1, Ended: 2, Failed: 3 } as const;
type Phase = (typeof Phase)[keyof typeof Phase];

const TIMEOUT_MESSAGES = {
  first_byte: 'first-byte timeout (no response headers)',
  first_token: 'first-token timeout (no content yet)',
  idle: 'idle timeout (the body stalled)',
  total: 'total timeout',
} as const;

/** What ended an aborted call, read from the signal's reason (or our own timeout's). */
function abortFailure(reason: unknown, error?: unknown): AttemptFailure {
  if (isAbortCause(reason) && reason.kind === 'timeout') {
    return new AttemptFailure('timeout', TIMEOUT_MESSAGES[reason.which], { cause: error });
  }
  return new AttemptFailure('client_closed', 'the client closed the connection', { cause: error });
}

/**
 * Maps undici and socket errors to outcome classes; when `signal` was aborted its reason decides (the error is
 * then only the abort's echo).
 * @example toAttemptFailure(new errors.HeadersTimeoutError(), signal).outcome // 'timeout'
 */
export function toAttemptFailure(error: unknown, signal: Pick<AbortSignalLike, 'aborted' | 'reason'>): AttemptFailure {
  if (error instanceof AttemptFailure) return error;
  if (signal.aborted) return abortFailure(signal.reason, error);
  if (error instanceof undiciErrors.ConnectTimeoutError) {
    return new AttemptFailure('timeout', 'connect timeout', { cause: error });
  }
  if (error instanceof undiciErrors.HeadersTimeoutError) {
    return new AttemptFailure('timeout', TIMEOUT_MESSAGES.first_byte, { cause: error });
  }
  if (error instanceof undiciErrors.BodyTimeoutError) {
    return new AttemptFailure('timeout', TIMEOUT_MESSAGES.idle, { cause: error });
  }
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'EPIPE') {
    return new AttemptFailure('connect_error', `connection reset (${message})`, { cause: error });
  }
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EHOSTUNREACH') {
    return new AttemptFailure('connect_error', `cannot connect (${code})`, { cause: error });
  }
  return new AttemptFailure('connect_error', `transport error: ${code || message}`, { cause: error });
}

/**
 * @example
 * const call = new UndiciCall(upstream);
 * agent.dispatch({ origin, path, method, headers, body }, call);
 * const response = await call.started; // then response.text(), or for await (const chunk of response.body)
 */
export class UndiciCall implements Dispatcher.DispatchHandler, UpstreamResponse, AsyncIterableIterator<Uint8Array> {
  status = 0;
  headers: Record<string, string | string[] | undefined> = {};
  /** Resolves with this call as the response once headers are in; rejects with an AttemptFailure. */
  readonly started: Promise<UpstreamResponse>;

  private phase: Phase = Phase.Waiting;
  private failure: AttemptFailure | null = null;
  /** Set once the reader is done with the body (it ended, failed, was discarded or iteration stopped). */
  private released = false;
  private controller: Dispatcher.DispatchController | null = null;
  /** Whether we aborted it (a timeout or the signal); `failure` says which. */
  private aborted = false;
  private readonly chunks: Buffer[] = [];
  private queuedBytes = 0;
  private textMode = false;
  private wake: (() => void) | null = null;
  private resolveStart!: (response: UpstreamResponse) => void;
  private rejectStart!: (failure: AttemptFailure) => void;
  private timer: NodeJS.Timeout | undefined;
  private readonly onSignal = () => this.abortWith(this.upstream.signal.reason);

  constructor(
    private readonly upstream: UpstreamRequest,
    private readonly maxTextBytes = MAX_TEXT_BYTES,
  ) {
    this.started = new Promise<UpstreamResponse>((resolve, reject) => {
      this.resolveStart = resolve;
      this.rejectStart = reject;
    });
    if (upstream.signal.aborted) {
      this.abortWith(upstream.signal.reason);
      return;
    }
    upstream.signal.addEventListener('abort', this.onSignal, { once: true });
    this.timer = setTimeout(() => this.timeout('first_byte'), upstream.timeouts.firstByteMs);
  }

  /** False once the call failed before it was sent (its signal had already fired): nothing to dispatch. */
  get wanted(): boolean {
    return !this.aborted;
  }

  /** Body bytes received and not yet handed to the reader. */
  get bufferedBytes(): number {
    return this.queuedBytes;
  }

  // --- undici's side -------------------------------------------------------------------------------------------

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    // Aborted while undici had it queued: it goes no further than this.
    if (this.aborted || this.released) controller.abort(new undiciErrors.RequestAbortedError());
  }

  onResponseStart(
    _controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: Record<string, string | string[] | undefined>,
  ): void {
    // 1xx informational responses come before the real one.
    if (statusCode < 200 || this.phase !== Phase.Waiting) return;
    this.status = statusCode;
    this.headers = headers;
    this.phase = Phase.Body;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.timeout('idle'), this.upstream.timeouts.idleMs);
    this.resolveStart(this);
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.phase !== Phase.Body || this.released) return;
    this.timer?.refresh();
    this.chunks.push(chunk);
    this.queuedBytes += chunk.length;
    if (this.textMode) {
      if (this.queuedBytes > this.maxTextBytes) this.overflow();
      return;
    }
    if (this.queuedBytes > HIGH_WATER_BYTES) controller.pause();
    this.wakeUp();
  }

  onResponseEnd(): void {
    if (this.phase !== Phase.Body) return;
    this.phase = Phase.Ended;
    this.stopTimer();
    this.wakeUp();
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    if (this.phase === Phase.Ended || this.phase === Phase.Failed) return;
    this.fail(toAttemptFailure(error, this.upstream.signal));
  }

  // --- the reader's side ---------------------------------------------------------------------------------------

  get body(): AsyncIterable<Uint8Array> {
    return this;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<Uint8Array, undefined>> {
    for (;;) {
      const chunk = this.take();
      if (chunk !== undefined) return { done: false, value: chunk };
      if (this.phase === Phase.Ended) {
        this.release(false);
        return FINISHED;
      }
      if (this.phase === Phase.Failed) {
        this.release(false);
        throw this.failure;
      }
      if (this.released) return FINISHED;
      await this.woken();
    }
  }

  /** The reader stopped early (a `break`, a failure of its own): the rest of the body is not wanted. */
  async return(): Promise<IteratorResult<Uint8Array, undefined>> {
    this.release(true);
    return FINISHED;
  }

  async text(): Promise<string> {
    if (this.queuedBytes > this.maxTextBytes) this.overflow();
    if (this.phase === Phase.Body && !this.released) {
      this.textMode = true;
      this.controller?.resume();
      await this.woken();
    }
    if (this.phase === Phase.Failed) {
      this.release(false);
      throw this.failure;
    }
    const chunks = this.chunks;
    const text = chunks.length === 1 ? (chunks[0] as Buffer).toString('utf8') : Buffer.concat(chunks).toString('utf8');
    this.release(false);
    return text;
  }

  discard(): void {
    this.release(true);
  }

  // --- internals -----------------------------------------------------------------------------------------------

  /** A whole body past its limit: the call fails as malformed and the rest is not read. */
  private overflow(): void {
    const failure = new AttemptFailure('malformed', `the upstream body is over ${this.maxTextBytes} bytes`);
    if (this.phase === Phase.Ended) {
      // All of it came before the reader asked: nothing is left to drop.
      this.phase = Phase.Failed;
      this.failure = failure;
      return;
    }
    this.fail(failure);
    this.controller?.abort(new undiciErrors.RequestAbortedError());
  }

  /**
   * Everything queued, as one chunk (what a Readable's `read()` does): a stream's events that arrived together
   * go through the SSE reader and the stages after it in one pass, not one pass per socket read.
   */
  private take(): Buffer | undefined {
    const chunks = this.chunks;
    if (chunks.length === 0) return undefined;
    const chunk = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, this.queuedBytes);
    chunks.length = 0;
    this.queuedBytes = 0;
    if (this.controller?.paused === true) this.controller.resume();
    return chunk;
  }

  private timeout(which: TransportTimeout['which']): void {
    this.timer = undefined;
    const cause: TransportTimeout = { kind: 'timeout', which };
    // Through the request's own signal when it has an abort of its own: the core then sees which timeout fired.
    if (this.upstream.abort !== undefined) this.upstream.abort(cause);
    else this.abortWith(cause);
  }

  /** A timeout or the signal: the call fails now, and undici is told to drop the request. */
  private abortWith(reason: unknown): void {
    if (this.aborted || this.phase === Phase.Ended || this.phase === Phase.Failed) return;
    this.aborted = true;
    this.fail(abortFailure(reason));
    this.controller?.abort(new undiciErrors.RequestAbortedError());
  }

  private fail(failure: AttemptFailure): void {
    if (this.phase === Phase.Ended || this.phase === Phase.Failed) return;
    const waiting = this.phase === Phase.Waiting;
    this.phase = Phase.Failed;
    this.failure = failure;
    this.stopTimer();
    if (waiting) {
      this.release(false);
      this.rejectStart(failure);
    } else {
      this.wakeUp();
    }
  }

  /** Resolves at the reader's next wake-up: data (unless in text mode), the end, a failure or a release. */
  private woken(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.wake = resolve;
    });
  }

  private wakeUp(): void {
    const wake = this.wake;
    if (wake === null) return;
    // In text mode only the end (or a failure) wakes the reader.
    if (this.textMode && this.phase === Phase.Body) return;
    this.wake = null;
    wake();
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Once, however the reading ends; `drop` aborts a request whose body is still coming. */
  private release(drop: boolean): void {
    if (this.released) return;
    this.released = true;
    this.stopTimer();
    this.upstream.signal.removeEventListener('abort', this.onSignal);
    this.chunks.length = 0;
    this.queuedBytes = 0;
    if (drop && this.phase === Phase.Body) {
      this.phase = Phase.Ended;
      this.controller?.abort(new undiciErrors.RequestAbortedError());
    }
    this.wakeUp();
  }
}
