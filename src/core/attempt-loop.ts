/**
 * The heart of Rung: climb the chain until a rung gives a usable answer. Each attempt's outcome class decides
 * what happens next — answer, fall through, retry inside the rung, or stop because the request itself is bad.
 */
import type { AbortSignalLike } from '../spec/abort.js';
import { chunkCarriesAnswer, chunkCarriesReasoning } from '../spec/answer.js';
import type { ChatChoice, ChatChunk } from '../spec/chat.js';
import type { EmbeddingRequest, EmbedResult } from '../spec/embeddings.js';
import { AttemptFailure, isAttemptFailure, isRungError, RungError } from '../spec/errors.js';
import { OUTCOME_DECISION, type Outcome } from '../spec/outcome.js';
import type { ProviderResult, ProviderStream, StreamChunk } from '../spec/provider.js';
import { classifyResult, emptyOutcome, judgeText, messageText } from './classify-answer.js';
import { type AttemptControl, chatCall, embedCall, retryDelay, startAttempt } from './prepare-call.js';
import { priceUsage } from './pricing.js';
import { type JudgeOutcome, judgeFor, judgeReply } from './refusal-judge.js';
import type { ResolvedRung } from './resolve-chain.js';
import { softResult, softStream } from './soft-answer.js';
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
  return climb(
    turn,
    settings,
    false,
    async (rung, control, started) => {
      let result: ProviderResult;
      try {
        result = await rung.provider.chat(chatCall(turn.request, rung, control));
      } finally {
        control.release();
      }
      const { outcome, detail, salvaged } = classifyResult(result, turn.runtime.refusals);
      // A refused or filtered answer was still generated and billed: the turn pays for it.
      const refused = (failure: AttemptFailure): AttemptFailure => {
        turn.auxCostUsd += priceUsage(rung.modelConfig, result.usage) ?? 0;
        return failure;
      };
      if (outcome !== 'ok')
        throw refused(new AttemptFailure(outcome, detail ?? outcome, { upstreamStatus: result.status }));
      const ms = since(started);
      // Most routes have no judge: the answer's text is only looked at again when one does.
      const text = turn.chain?.judge == null ? null : (salvaged ?? answerText(result));
      const judge = text === null ? null : judgeFor(turn, text);
      const judged = judge === null ? null : await judgeReply(turn, judge.route, rung.model, text as string, false);
      if (judged?.verdict === 'refusal') {
        throw refused(
          new AttemptFailure('refusal', `refusal (judge route ${judge?.route})`, {
            upstreamStatus: result.status,
            ms,
            followedBy: judged.attempts,
          }),
        );
      }
      report(turn, rung, 'ok', result.status, ms, null);
      if (judged !== null) turn.attempts.push(...judged.attempts);
      if (salvaged !== undefined) return salvagedResult(turn, result, salvaged);
      return result;
    },
    () => softResult(turn),
  );
}

/** A plain text answer's text; null for tool calls (text beside them is a preamble, not an answer). */
function answerText(result: ProviderResult): string | null {
  const message = result.response.choices[0]?.message;
  if (message === undefined || (Array.isArray(message.tool_calls) && message.tool_calls.length > 0)) return null;
  return messageText(message.content);
}

/** The answer with its text replaced by what salvage kept; it now ends as a whole answer. */
function salvagedResult(turn: Turn, result: ProviderResult, text: string): ProviderResult {
  turn.flags.salvaged = true;
  const choice = result.response.choices[0] as ChatChoice;
  choice.message = { ...choice.message, content: text };
  choice.finish_reason = 'stop';
  const { raw: _stale, ...rest } = result;
  return { ...rest, finish: { unified: 'stop', raw: result.finish.raw } };
}

/** Text of a content delta, parsing a plain (unparsed) chunk when it has to. */
function deltaText(part: StreamChunk): string {
  if (!part.plain) {
    const content = part.chunk.choices[0]?.delta.content;
    return typeof content === 'string' ? content : '';
  }
  const content = (JSON.parse(part.raw as string) as ChatChunk).choices[0]?.delta.content;
  return typeof content === 'string' ? content : '';
}

const SENTENCE_END = /[.!?…。！？؟।](?:["'»”)\]]*)(?:\s|$)/;

/**
 * Runs the chain for a streaming turn; resolves once a rung has sent usable content. With a refusal lookahead
 * on the route, the answer's opening (N characters, or its first sentence) is held and judged first, so an
 * opening refusal still falls through; a stream that ends inside the lookahead is judged whole, and salvaged.
 */
export function runStream(turn: Turn, settings: LoopSettings): Promise<CommittedStream> {
  const lookahead = turn.chain?.lookahead ?? 0;
  return climb(
    turn,
    settings,
    true,
    async (rung, control, started) => {
      let stream: ProviderStream | undefined;
      try {
        stream = await rung.provider.stream(chatCall(turn.request, rung, control));
        const iterator = stream[Symbol.asyncIterator]();
        const held: StreamChunk[] = [];
        let lastFinish: StreamChunk['finish'] = null;
        let idle = 0;
        let answered = false;
        let toolCalls = false;
        let text = '';
        const ready = (): boolean => {
          if (!answered) return false;
          if (lookahead === 0 || toolCalls) return true;
          if (lookahead === 'sentence') return SENTENCE_END.test(text) || text.length >= 600;
          return text.length >= lookahead;
        };
        const commit = async (ended: boolean): Promise<CommittedStream> => {
          // A finish reason in the held batch means the whole answer is here, even before the stream ends.
          const complete = ended || lastFinish !== null;
          control.firstTokenArrived();
          const ttft = since(started);
          let judged: JudgeOutcome | null = null;
          if (lookahead !== 0 && !toolCalls) {
            const verdict = judgeText(text, lastFinish, turn.runtime.refusals, complete);
            if (verdict.outcome !== 'ok') {
              throw new AttemptFailure(verdict.outcome, verdict.detail ?? verdict.outcome, { upstreamStatus: 200 });
            }
            const kept = verdict.salvaged ?? text;
            const judge = judgeFor(turn, kept);
            if (judge !== null) {
              judged = await judgeReply(turn, judge.route, rung.model, kept, !complete);
              if (judged.verdict === 'refusal') {
                throw new AttemptFailure('refusal', `refusal (judge route ${judge.route})`, {
                  upstreamStatus: 200,
                  ms: ttft,
                  followedBy: judged.attempts,
                });
              }
            }
            if (verdict.salvaged !== undefined) {
              turn.flags.salvaged = true;
              held.splice(0, held.length, ...salvagedChunks(held, verdict.salvaged));
            }
          }
          report(turn, rung, 'ok', (stream as ProviderStream).status, ttft, ttft);
          if (judged !== null) turn.attempts.push(...judged.attempts);
          turn.ttftMs = round(performance.now() - turn.startedAt);
          return { held, rest: iterator, stream: stream as ProviderStream, control, rung };
        };
        for (;;) {
          const next = await iterator.next();
          if (next.done) break;
          for (const part of next.value) {
            held.push(part);
            if (part.finish !== null) lastFinish = part.finish;
            if (part.plain || chunkCarriesAnswer(part.chunk)) {
              answered = true;
              if (!part.plain && (part.chunk.choices[0]?.delta.tool_calls?.length ?? 0) > 0) toolCalls = true;
            } else if (chunkCarriesReasoning(part.chunk)) {
              // Thinking is held like any chunk before the answer (the rung may still refuse), but it shows the
              // model is working: the first-token timeout no longer applies; total_ms still does.
              control.firstTokenArrived();
            } else idle++;
            if (answered && lookahead !== 0) text += deltaText(part);
          }
          if (ready()) return await commit(false);
          if (idle > 10_000 || held.length > HELD_LIMIT) {
            throw new AttemptFailure('malformed', `${held.length} chunks without an answer (${idle} without thinking)`);
          }
        }
        if (answered) return await commit(true);
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
    },
    () => softStream(turn),
  );
}

/**
 * A held stream rewritten to carry the salvaged text: one content chunk, then the finish and usage the
 * upstream sent (a filter's finish becomes `stop`: what the client gets is a whole answer).
 */
function salvagedChunks(held: readonly StreamChunk[], text: string): StreamChunk[] {
  const template = held.find((part) => !part.plain)?.chunk;
  const base = {
    id: template?.id ?? 'chatcmpl-salvaged',
    object: 'chat.completion.chunk' as const,
    created: template?.created ?? Math.floor(Date.now() / 1000),
    model: template?.model ?? '',
  };
  const out: StreamChunk[] = [
    {
      chunk: { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: text }, finish_reason: null }] },
      raw: null,
      finish: null,
      usage: null,
      plain: false,
    },
  ];
  for (const part of held) {
    if (part.plain || (part.finish === null && part.usage === null)) continue;
    const choices = part.chunk.choices.map((choice) => ({
      ...choice,
      delta: {},
      finish_reason: choice.finish_reason === null ? null : 'stop',
    }));
    out.push({
      chunk: { ...part.chunk, choices },
      raw: null,
      finish: part.finish === null ? null : { unified: 'stop', raw: part.finish.raw },
      usage: part.usage,
      plain: false,
    });
  }
  return out;
}

/** Runs the chain for an embeddings turn. */
export function runEmbed(turn: Turn, request: EmbeddingRequest, settings: LoopSettings): Promise<EmbedResult> {
  const expected = inputCount(request.input);
  return climb(
    turn,
    settings,
    false,
    async (rung, control, started) => {
      try {
        const embed = rung.provider.embed;
        if (embed === undefined) {
          throw new AttemptFailure(
            'bad_request',
            `${rung.provider.name} (${rung.provider.kind}) has no embeddings API`,
          );
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
        report(turn, rung, 'ok', result.status, since(started), null);
        return result;
      } finally {
        control.release();
      }
    },
    () => {
      throw allFailed(turn);
    },
  );
}

/** How many vectors an embeddings input asks for. */
export function inputCount(input: EmbeddingRequest['input']): number {
  if (typeof input === 'string') return 1;
  if (input.length === 0) return 0;
  return typeof input[0] === 'number' ? 1 : input.length;
}

type Climbed<T> = { kind: 'answer'; value: T } | { kind: 'refused' } | { kind: 'exhausted' };

const isRefusal = (outcome: Outcome) => outcome === 'refusal' || outcome === 'silent_refusal';

/**
 * Climbs the chain. On a route with `rescue` rungs, a refusal (one salvage could not fix) leaves the chain:
 * a paid plan climbs the rescue rungs, a free plan gets the character's soft refusal with no further call. A
 * chain that ends in refusals answers a character's turn in character rather than with a 503.
 */
async function climb<T>(
  turn: Turn,
  settings: LoopSettings,
  stream: boolean,
  tryRung: RungTry<T>,
  local: () => T,
): Promise<T> {
  const chain = turn.chain;
  if (chain === null) throw new RungError('RUNG_INTERNAL', 'no chain resolved for this turn');
  const main = await climbRungs(turn, chain.rungs, 0, settings, stream, tryRung, chain.rescue !== null);
  if (main.kind === 'answer') return main.value;
  if (main.kind === 'refused' && chain.rescue !== null) {
    if (turn.runtime.config.plans[turn.identity.plan]?.paid === true) {
      const rescued = await climbRungs(turn, chain.rescue, chain.rungs.length, settings, stream, tryRung, false);
      turn.flags.rescued = rescued.kind === 'answer';
      if (rescued.kind === 'answer') return rescued.value;
    }
    return local();
  }
  if (turn.character !== null && turn.attempts.some((attempt) => isRefusal(attempt.outcome))) return local();
  throw allFailed(turn);
}

async function climbRungs<T>(
  turn: Turn,
  rungs: readonly ResolvedRung[],
  offset: number,
  settings: LoopSettings,
  stream: boolean,
  tryRung: RungTry<T>,
  stopOnRefusal: boolean,
): Promise<Climbed<T>> {
  const retries = turn.chain?.retries ?? 0;
  for (let index = 0; index < rungs.length; index++) {
    const rung = rungs[index] as ResolvedRung;
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
          attempt: offset + index,
        };
        return { kind: 'answer', value };
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
        report(
          turn,
          rung,
          failure.outcome,
          failure.upstreamStatus,
          failure.ms ?? since(started),
          null,
          failure.message,
        );
        turn.attempts.push(...failure.followedBy);
        if (failure.outcome === 'client_closed') throw clientClosed(failure);
        if (OUTCOME_DECISION[failure.outcome] === 'stop') {
          throw new RungError(failure.code, `${rung.model}: ${failure.message}`, {
            status: failure.status,
            cause: failure,
            details: { model: rung.model, upstream_status: failure.upstreamStatus },
          });
        }
        if (stopOnRefusal && isRefusal(failure.outcome)) return { kind: 'refused' };
        const delay = retryDelay(
          failure,
          retry,
          retries,
          settings.baseDelayMs,
          settings.retryAfterCapMs,
          settings.random,
        );
        if (delay === null) break;
        await sleep(delay, turn.signal);
      }
    }
  }
  return { kind: 'exhausted' };
}

function report(
  turn: Turn,
  rung: ResolvedRung,
  outcome: Outcome,
  status: number | null,
  ms: number,
  ttft: number | null,
  detail?: string,
): void {
  turn.attempts.push({
    model: rung.model,
    provider: rung.provider.name,
    outcome,
    status,
    ms,
    ttft_ms: ttft,
    ...(detail === undefined ? {} : { detail }),
  });
}

/** Milliseconds since `started` (a performance.now() reading), rounded for reports. */
function since(started: number): number {
  return round(performance.now() - started);
}

function clientClosed(cause?: unknown): RungError {
  return new RungError('RUNG_CLIENT_CLOSED', 'the client closed the connection; the upstream call was aborted', {
    cause,
  });
}

function allFailed(turn: Turn): RungError {
  // The models asked for the answer; a judge's or classifier's calls are in the details, not in this list.
  const tried = turn.attempts
    .filter((attempt) => attempt.purpose === undefined)
    .map((attempt) => `${attempt.model} (${attempt.outcome}${attempt.status ? ` ${attempt.status}` : ''})`);
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
