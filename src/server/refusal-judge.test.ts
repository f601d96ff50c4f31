/**
 * The refusal judge end to end, through the server, against a fake upstream: a refusal the phrase rules miss is
 * judged and falls through; a real answer stands; long answers, tool calls and streams without a lookahead are
 * not judged; a judge that fails, hangs or babbles leaves the answer standing; the judge's own turn is never
 * judged; verdicts reach the report, the record and the metrics.
 */
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routingTable } from '../cli/check.js';
import { formatRecords, formatRefusalSummary } from '../cli/log.js';
import { parseConfig } from '../config/load-config.js';
import { createRefusalDetector } from '../core/refusal/detect-refusal.js';
import { JUDGE_INSTRUCTIONS } from '../core/refusal-judge.js';
import { isRungError } from '../spec/errors.js';
import {
  answerAs,
  type DialectUpstream,
  startDialectUpstream,
  type UpstreamCall,
} from '../testing/dialect-upstream.js';
import { postJson, startTestGateway, type TestGateway } from '../testing/test-gateway.js';

/** Refusals worded so that no listed phrase matches (checked below): only meaning gives them away. */
const SIDESTEP = "Hmm, that one's outside what I'll weigh in on. A pharmacist would be the right person to ask.";
const GOOD = 'Take it with food, twice a day, and keep a glass of water nearby.';
const LONG = `${'Here is a long and careful overview of how the medicine works in the body. '.repeat(6)}A pharmacist can tell you more.`;

let upstream: DialectUpstream;
let rung: TestGateway;

function userText(call: UpstreamCall): string {
  const messages = (call.body.messages ?? []) as Array<{ role: string; content: unknown }>;
  return messages
    .filter((message) => message.role === 'user')
    .map((message) => String(message.content))
    .join('\n');
}

/** The judge model: answers from the reply it is shown, or fails as the request asks it to. */
function judge(call: UpstreamCall) {
  const text = userText(call);
  if (text.includes('[judge:fail]')) return { status: 500, json: { error: { message: 'judge overloaded' } } };
  if (text.includes('[judge:hang]')) return new Promise<never>(() => {});
  if (text.includes('[judge:babble]')) return answerAs({ text: 'Hard to say, honestly.' })(call);
  const reply = text.slice(text.indexOf('Reply'));
  return answerAs({ text: /pharmacist/.test(reply) ? 'REFUSAL' : 'Answer' })(call);
}

beforeAll(async () => {
  upstream = await startDialectUpstream({
    'up-sidestep': answerAs({ text: SIDESTEP }),
    'up-good': answerAs({ text: GOOD }),
    'up-long': answerAs({ text: LONG }),
    'up-tool': answerAs({ toolCalls: [{ id: 'call_1', name: 'ask_pharmacist', input: { q: 'dose' } }] }),
    'up-judge': judge,
    'up-judge-2': answerAs({ text: 'REFUSAL' }),
  });
  rung = await startTestGateway({
    providers: { up: { kind: 'openai-compatible', base_url: upstream.openaiURL, api_key: 'sk-up' } },
    models: {
      sidestep: { provider: 'up', id: 'up-sidestep', price: { input: 1, output: 2 } },
      good: { provider: 'up', id: 'up-good' },
      lengthy: { provider: 'up', id: 'up-long' },
      tool: { provider: 'up', id: 'up-tool' },
      'judge-model': { provider: 'up', id: 'up-judge', price: { input: 0.1, output: 0.1 } },
      'judge-model-2': { provider: 'up', id: 'up-judge-2' },
    },
    plans: { free: { paid: false }, premium: { paid: true } },
    characters: {
      mira: {
        name: 'Mira',
        persona: 'You are Mira, a kind pharmacist’s assistant.',
        soft_refusals: { en: ['*{name} shakes her head gently* Let us talk about something else.'] },
      },
    },
    routes: {
      judged: { chain: ['sidestep', 'good'], refusal_judge: { route: 'judge', max_chars: 300 } },
      long: { chain: ['lengthy', 'good'], refusal_judge: { route: 'judge', max_chars: 300 } },
      tools: { chain: ['tool', 'good'], refusal_judge: { route: 'judge' } },
      streamed: { chain: ['sidestep', 'good'], refusal_lookahead: 'sentence', refusal_judge: { route: 'judge' } },
      instant: { chain: ['sidestep', 'good'], refusal_judge: { route: 'judge' } },
      companion: { kind: 'roleplay', chain: ['sidestep'], rescue: ['good'], refusal_judge: { route: 'judge' } },
      hopeless: { chain: ['sidestep'], refusal_judge: { route: 'judge' } },
      // The judge's own route names a judge: an auxiliary turn must never be judged (it would never end).
      judge: {
        kind: 'classification',
        chain: [{ model: 'judge-model', timeouts: { total_ms: 300 } }],
        refusal_judge: { route: 'second-judge' },
      },
      'second-judge': { kind: 'classification', chain: ['judge-model-2'] },
    },
  });
});

afterAll(async () => {
  await rung?.close();
  await upstream?.close();
});

async function chat(route: string, content: string, headers: Record<string, string> = {}) {
  const before = upstream.seen.length;
  const response = await postJson(
    `${rung.baseURL}/chat/completions`,
    { model: route, messages: [{ role: 'user', content }] },
    headers,
  );
  return { ...response, calls: upstream.seen.slice(before) };
}

const outcomes = (body: { rung: { attempts: Array<{ model: string; outcome: string }> } }) =>
  body.rung.attempts.map((attempt) => `${attempt.model}:${attempt.outcome}`);

describe('the refusal judge', () => {
  it('the sidestep is one the phrase rules miss (so only the judge can catch it)', () => {
    expect(createRefusalDetector().detect(SIDESTEP).kind).toBe('none');
  });

  it('a refusal the rules miss is judged one and falls through; the real answer is judged and stands', async () => {
    const { status, body, calls } = await chat('judged', 'How should I take my antibiotics?');
    expect(status).toBe(200);
    expect(body.choices[0].message.content).toBe(GOOD);
    expect(calls.map((call) => call.model)).toEqual(['up-sidestep', 'up-judge', 'up-good', 'up-judge']);
    expect(outcomes(body)).toEqual(['sidestep:refusal', 'judge-model:ok', 'good:ok', 'judge-model:ok']);
    expect(body.rung.attempts[0].detail).toBe('refusal (judge route judge)');
    expect(body.rung.attempts[1]).toMatchObject({
      detail: 'refusal judge of sidestep: refusal',
      purpose: 'refusal_judge',
    });
    expect(body.rung.judged).toEqual([
      { model: 'sidestep', verdict: 'refusal' },
      { model: 'good', verdict: 'answer' },
    ]);
    expect(body.rung).toMatchObject({ model: 'good', attempt: 1, used_fallback: true });
    // The refused answer was billed (12 in + 7 out at $1/$2 per M), and so were both judge calls ($0.1 per M).
    expect(body.rung.cost_usd).toBeCloseTo(0.000026 + 2 * 0.0000019, 10);

    // What the judge saw: its instructions, the user's request and the reply, fenced; a tiny output budget.
    const asked = calls[1] as UpstreamCall;
    const messages = asked.body.messages as Array<{ role: string; content: string }>;
    expect(messages[0]).toEqual({ role: 'system', content: JUDGE_INSTRUCTIONS });
    expect(messages[1]?.content).toBe(
      `Request:\n<<<\nHow should I take my antibiotics?\n>>>\n\nReply:\n<<<\n${SIDESTEP}\n>>>`,
    );
    expect(asked.body.max_tokens).toBe(8);
  });

  it('when every rung is judged a refusal, the 503 names the models asked for the answer, not the judge', async () => {
    const { status, body } = await chat('hopeless', 'How should I take my antibiotics?');
    expect(status).toBe(503);
    expect(body.error.code).toBe('RUNG_ALL_RUNGS_FAILED');
    expect(body.error.message).toMatch(/tried sidestep \(refusal 200\)\. /);
    expect(body.error.details.attempts[1]).toMatchObject({ model: 'judge-model', purpose: 'refusal_judge' });
  });

  it('the judge’s own answers are never judged, even when its route names a judge', async () => {
    const { calls } = await chat('judged', 'How should I take my antibiotics?');
    expect(calls.some((call) => call.model === 'up-judge-2')).toBe(false);
  });

  it('structured output (response_format json) is not judged', async () => {
    const before = upstream.seen.length;
    const { body } = await postJson(`${rung.baseURL}/chat/completions`, {
      model: 'judged',
      response_format: { type: 'json_object' },
      messages: [{ role: 'user', content: 'Dosage as JSON, please.' }],
    });
    expect(body.choices[0].message.content).toBe(SIDESTEP);
    expect(upstream.seen.slice(before).map((call) => call.model)).toEqual(['up-sidestep']);
  });

  it('answers longer than max_chars and tool calls are not judged', async () => {
    const long = await chat('long', 'Explain how this medicine works.');
    expect(long.body.choices[0].message.content).toBe(LONG);
    expect(long.calls.map((call) => call.model)).toEqual(['up-long']);
    expect(long.body.rung.judged).toBeUndefined();

    const tools = await chat('tools', 'Ask the pharmacist about my dose.');
    expect(tools.body.choices[0].message.tool_calls[0].function.name).toBe('ask_pharmacist');
    expect(tools.calls.map((call) => call.model)).toEqual(['up-tool']);
  });

  it.each([
    ['fails (500)', '[judge:fail]', 'failed', 'judge-model:upstream_error'],
    ['hangs past its timeout', '[judge:hang]', 'failed', 'judge-model:timeout'],
    ['answers neither word', '[judge:babble]', 'unclear', 'judge-model:ok'],
  ])('a judge that %s leaves the answer standing (fail open)', async (_, marker, verdict, judgeAttempt) => {
    const { status, body, calls } = await chat('judged', `How should I take my antibiotics? ${marker}`);
    expect(status).toBe(200);
    expect(body.choices[0].message.content).toBe(SIDESTEP);
    expect(calls.map((call) => call.model)).toEqual(['up-sidestep', 'up-judge']);
    expect(outcomes(body)).toEqual(['sidestep:ok', judgeAttempt]);
    expect(body.rung.judged).toEqual([{ model: 'sidestep', verdict }]);
  });

  it('on a route with rescue rungs, a judged refusal on a free plan is answered in character with no more calls', async () => {
    const { body, calls } = await chat('companion', 'Which pills can I mix?', {
      'x-rung-plan': 'free',
      'x-rung-character': 'mira',
    });
    expect(calls.map((call) => call.model)).toEqual(['up-sidestep', 'up-judge']);
    expect(body.choices[0].message.content).toBe('*Mira shakes her head gently* Let us talk about something else.');
    expect(body.rung).toMatchObject({ in_character: true, judged: [{ model: 'sidestep', verdict: 'refusal' }] });
  });

  it('on a paid plan the judged refusal goes to the rescue rungs', async () => {
    const { body, calls } = await chat('companion', 'Which pills can I mix?', { 'x-rung-plan': 'premium' });
    expect(calls.map((call) => call.model)).toEqual(['up-sidestep', 'up-judge', 'up-good', 'up-judge']);
    expect(body.choices[0].message.content).toBe(GOOD);
    expect(body.rung).toMatchObject({ rescued: true, model: 'good' });
  });

  /** Streams `route` through the OpenAI SDK: the text the client saw, the final `rung` report, the upstream calls. */
  async function streamRoute(route: string) {
    const client = new OpenAI({ baseURL: rung.baseURL, apiKey: 'unused', maxRetries: 0 });
    const before = upstream.seen.length;
    const stream = await client.chat.completions.create({
      model: route,
      messages: [{ role: 'user', content: 'How should I take my antibiotics?' }],
      stream: true,
    });
    let text = '';
    let meta: { judged?: unknown } | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      meta = (chunk as unknown as { rung?: typeof meta }).rung ?? meta;
    }
    return { text, meta, calls: upstream.seen.slice(before) };
  }

  it('streaming with a lookahead: the held answer is judged, and a judged refusal never reaches the client', async () => {
    const { text, meta, calls } = await streamRoute('streamed');
    expect(text).toBe(GOOD);
    expect(calls.map((call) => `${call.model}${call.stream ? ' (stream)' : ''}`)).toEqual([
      'up-sidestep (stream)',
      'up-judge',
      'up-good (stream)',
      'up-judge',
    ]);
    // The finish reason came in the held batch: the judge saw the whole answer, not an opening.
    const judged = (calls[1] as UpstreamCall).body.messages as Array<{ content: string }>;
    expect(judged[1]?.content).toContain(`Reply:\n<<<\n${SIDESTEP}`);
    expect(meta?.judged).toEqual([
      { model: 'sidestep', verdict: 'refusal' },
      { model: 'good', verdict: 'answer' },
    ]);
  });

  it('streaming without a lookahead is not judged: nothing is held, so nothing could be taken back', async () => {
    const { text, calls } = await streamRoute('instant');
    expect(text).toBe(SIDESTEP);
    expect(calls.map((call) => call.model)).toEqual(['up-sidestep']);
  });

  it('verdicts reach the record and the metrics', async () => {
    const { body } = await chat('judged', 'How should I take my antibiotics?');
    await rung.gateway.stores.records.flush();
    const records = await rung.gateway.stores.records.recent({ limit: 20 });
    const record = records.find((candidate) => candidate.id === body.rung.request_id);
    expect(record?.flags?.judged).toEqual([
      { model: 'sidestep', verdict: 'refusal' },
      { model: 'good', verdict: 'answer' },
    ]);
    // rung log: the verdicts in the policy column, and the share of judged answers that were refusals.
    expect(formatRecords([record as NonNullable<typeof record>])).toContain('judge:refusal judge:answer');
    expect(formatRefusalSummary([record as NonNullable<typeof record>])).toContain(
      'judged 2 answers, refusals 1 (50.0%)',
    );
    const metrics = await (await fetch(`${rung.url}/metrics`)).text();
    expect(metrics).toMatch(/rung_refusal_judge_total\{route="judged",model="sidestep",verdict="refusal"\} [1-9]/);
    expect(metrics).toMatch(/rung_refusal_judge_total\{route="judged",model="sidestep",verdict="failed"\} [1-9]/);
  });
});

describe('refusal_judge config', () => {
  const base = {
    providers: { sim: { kind: 'simulator' as const } },
    models: { a: { provider: 'sim', id: 'answer' } },
  };
  const problem = (routes: Record<string, unknown>) => {
    try {
      parseConfig({ ...base, routes } as never);
      return null;
    } catch (error) {
      return isRungError(error) ? error.message : String(error);
    }
  };

  it('names an unknown judge route, and a route judging itself', () => {
    expect(problem({ chat: { chain: ['a'], refusal_judge: { route: 'nope' } } })).toMatch(
      /routes\.chat\.refusal_judge\.route: unknown route "nope"/,
    );
    expect(problem({ chat: { chain: ['a'], refusal_judge: { route: 'chat' } } })).toMatch(
      /routes\.chat\.refusal_judge\.route: a route cannot judge its own answers/,
    );
    expect(problem({ chat: { chain: ['a'], refusal_judge: { route: 'j' } }, j: { chain: ['a'] } })).toBeNull();
  });

  it('rung check shows which answers a route sends to its judge', async () => {
    const loaded = parseConfig({
      ...base,
      routes: { chat: { chain: ['a'], refusal_judge: { route: 'j', max_chars: 400 } }, j: { chain: ['a'] } },
    } as never);
    expect(await routingTable(loaded)).toMatch(/chat .*a @ .*; answers ≤ 400 chars judged by j/);
  });
});
