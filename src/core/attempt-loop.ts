/**
 * The heart of Rung: climb the chain until a rung gives a usable answer. Each attempt's outcome class decides
 * what happens next — answer, fall through, retry inside the rung, or stop because the request itself is bad.
 */
import type { AbortSignalLike } from '../spec/abort.js';
import { chunkCarriesAnswer, chunkCarriesReasoning } from '../spec/answer.js';
import type { EmbeddingRequest, EmbedResult } from '../spec/embeddings.js';
import { AttemptFailure, isAttemptFailure, isRungError, RungError } from '../spec/errors.js';
import { OUTCOME_DECISION, type Outcome } from '../spec/outcome.js';
import type { ProviderResult, ProviderStream, StreamChunk } from '../spec/provider.js';
import { classifyResult, emptyOutcome } from './classify-answer.js';
import { type AttemptControl, chatCall, embedCall, retryDelay, startAttempt } from './prepare-call.js';
import type { ResolvedRung } from './resolve-chain.js';
import { round, type Turn } from './turn.js';

export interface LoopSettings {
  baseDelayMs: number;
  retryAfterCapMs: number;
  random?: () => number;
}

/** A stream that has produced usable content and can now be sent to the client. */
export interface CommittedStream {
  /** Chunks held back until the first content (and the rest of that batch), to be sent first. */
  held: StreamChunk[];
  rest: AsyncIterator<StreamChunk[]>;
  stream: ProviderStream;
  control: AttemptControl;
  rung: ResolvedRung;
}

/** Chunks held before the first answer chunk, thinking included (a 32K-token thinking budget fits). */
const HELD_LIMIT = 50_000;

type RungTry<T> = (rung: ResolvedRung, control: AttemptControl, started: number) => Promise<T>;

/** Runs the chain for a non-streaming turn. */
export function runChat(turn: Turn, settings: LoopSettings): Promise<ProviderResult> {
  return climb(turn, settings, false, async (rung, control, started) => {
    try {
      const result = await rung.provider.chat(chatCall(turn.request, rung, control));
      const { outcome, detail } = classifyResult(result);
      if (outcome !== 'ok') {
        throw new AttemptFailure(outcome, detail ?? outcome, { upstreamStatus: result.status });
      }
      report(turn, rung, 'ok', result.status, started, null);
      return result;
    } finally {
      control.release();
    }
  });
}

/** Runs the chain for a streaming turn; resolves once a rung has sent usable content. */
export function runStream(turn: Turn, settings: LoopSettings): Promise<CommittedStream> {
  return climb(turn, settings, true, async (rung, control, started) => {
    let stream: ProviderStream | undefined;
    try {
      stream = await rung.provider.stream(chatCall(turn.request, rung, control));
      const iterator = stream[Symbol.asyncIterator]();
      const held: StreamChunk[] = [];
      let lastFinish: StreamChunk['finish'] = null;
      let idle = 0;
      for (;;) {
        const next = await iterator.next();
        if (next.done) break;
        let answered = false;
        for (const part of next.value) {
          held.push(part);
          if (part.finish !== null) lastFinish = part.finish;
          if (!answered && chunkCarriesAnswer(part.chunk)) answered = true;
          // Thinking is held like any chunk before the answer (the rung may still refuse), but it shows the
          // model is working: the first-token timeout no longer applies; total_ms still does.
          else if (chunkCarriesReasoning(part.chunk)) control.firstTokenArrived();
          else idle++;
        }
        if (answered) {
          control.firstTokenArrived();
          const ttft = round(performance.now() - started);
          report(turn, rung, 'ok', stream.status, started, ttft);
          turn.ttftMs = round(performance.now() - turn.startedAt);
          return { held, rest: iterator, stream, control, rung };
        }
        if (idle > 10_000 || held.length > HELD_LIMIT) {
          throw new AttemptFailure('malformed', `${held.length} chunks without an answer (${idle} without thinking)`);
        }
      }
      const outcome = held.length === 0 ? 'stream_cut' : emptyOutcome(lastFinish);
      throw new AttemptFailure(
        outcome,
        held.length === 0
          ? 'the stream ended before any chunk'
          : `the stream ended with no content (finish_reason ${lastFinish?.raw ?? 'none'})`,
        { upstreamStatus: 200 },
      );
    } catch (error) {
      stream?.cancel();
      control.release();
      throw error;
    }
  });
}

/** Runs the chain for an embeddings turn. */
export function runEmbed(turn: Turn, request: EmbeddingRequest, settings: LoopSettings): Promise<EmbedResult> {
  const expected = inputCount(request.input);
  return climb(turn, settings, false, async (rung, control, started) => {
    try {
      const embed = rung.provider.embed;
      if (embed === undefined) {
        throw new AttemptFailure('bad_request', `${rung.provider.name} (${rung.provider.kind}) has no embeddings API`);
      }
      const result = await embed.call(rung.provider, embedCall(request, rung, control));
      const data = result.response.data;
      if (
        data.length !== expected ||
        data.some((item) => !Array.isArray(item.embedding) || item.embedding.length === 0)
      ) {
        throw new AttemptFailure(
          'malformed',
          `expected ${expected} embedding${expected === 1 ? '' : 's'}, got ${data.length} (or an empty vector)`,
          { upstreamStatus: result.status },
        );
      }
      report(turn, rung, 'ok', result.status, started, null);
      return result;
    } finally {
      control.release();
    }
  });
}

/** How many vectors an embeddings input asks for. */
export function inputCount(input: EmbeddingRequest['input']): number {
  if (typeof input === 'string') return 1;
  if (input.length === 0) return 0;
  return typeof input[0] === 'number' ? 1 : input.length;
}

async function climb<T>(turn: Turn, settings: LoopSettings, stream: boolean, tryRung: RungTry<T>): Promise<T> {
  const chain = turn.chain;
  if (chain === null) throw new RungError('RUNG_INTERNAL', 'no chain resolved for this turn');
  for (let index = 0; index < chain.rungs.length; index++) {
    const rung = chain.rungs[index] as ResolvedRung;
    for (let retry = 0; ; retry++) {
      if (turn.signal.aborted) throw clientClosed();
      const started = performance.now();
      const control = startAttempt(rung, turn.signal, stream);
      try {
        const value = await tryRung(rung, control, started);
        turn.answer = {
          model: rung.model,
          upstreamModel: rung.upstreamId,
          provider: rung.provider.name,
          attempt: index,
        };
        return value;
      } catch (error) {
        // Only an AttemptFailure describes the upstream; anything else is about the request or a bug in Rung,
        // and must neither blame the model nor be retried on the next rung.
        if (!isAttemptFailure(error)) {
          if (isRungError(error)) throw error;
          throw new RungError(
            'RUNG_INTERNAL',
            `internal error while calling ${rung.model}; quote request id ${turn.id}`,
            {
              cause: error,
            },
          );
        }
        const failure = error;
        report(turn, rung, failure.outcome, failure.upstreamStatus, started, null, failure.message);
        if (failure.outcome === 'client_closed') throw clientClosed(failure);
        if (OUTCOME_DECISION[failure.outcome] === 'stop') {
          throw new RungError(failure.code, `${rung.model}: ${failure.message}`, {
            status: failure.status,
            cause: failure,
            details: { model: rung.model, upstream_status: failure.upstreamStatus },
          });
        }
        const delay = retryDelay(
          failure,
          retry,
          chain.retries,
          settings.baseDelayMs,
          settings.retryAfterCapMs,
          settings.random,
        );
        if (delay === null) break;
        await sleep(delay, turn.signal);
      }
    }
  }
  throw allFailed(turn);
}

function report(
  turn: Turn,
  rung: ResolvedRung,
  outcome: Outcome,
  status: number | null,
  started: number,
  ttft: number | null,
  detail?: string,
): void {
  turn.attempts.push({
    model: rung.model,
    provider: rung.provider.name,
    outcome,
    status,
    ms: round(performance.now() - started),
    ttft_ms: ttft,
    ...(detail === undefined ? {} : { detail }),
  });
}

function clientClosed(cause?: unknown): RungError {
  return new RungError('RUNG_CLIENT_CLOSED', 'the client closed the connection; the upstream call was aborted', {
    cause,
  });
}

function allFailed(turn: Turn): RungError {
  const tried = turn.attempts.map(
    (attempt) => `${attempt.model} (${attempt.outcome}${attempt.status ? ` ${attempt.status}` : ''})`,
  );
  return new RungError(
    'RUNG_ALL_RUNGS_FAILED',
    `no model returned a usable answer; tried ${tried.join(', ')}. Try again shortly; if it persists, check these models and their providers.`,
    { details: { attempts: turn.attempts } },
  );
}

function sleep(ms: number, signal: AbortSignalLike): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
