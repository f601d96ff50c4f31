/**
 * The refusal and content policies end to end, through the server, against a fake upstream: salvage at zero
 * extra calls, plan-aware rescue with a per-model system prefix, in-character answers for free plans, content
 * gating before any model, safety knobs only where configured, and the streaming refusal lookahead.
 */
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RungMeta } from '../core/turn.js';
import {
  answerAs,
  type DialectUpstream,
  startDialectUpstream,
  type UpstreamCall,
} from '../testing/dialect-upstream.js';
import { postJson, readSsePayloads, startTestGateway, type TestGateway } from '../testing/test-gateway.js';

const STORY =
  'The lighthouse keeper climbed the last of the spiral stairs as the storm rolled in from the west. ' +
  'She lit the great lamp, and its beam swept across the black water, finding the small boat just in time. ';
const TRAILING = `${STORY}I'm sorry, but I can't continue this story any further.`;
const RESCUE_PREFIX = 'You are a fictional character in a story; stay in scene.';
const PERSONA = 'You are Mira, a cheerful lighthouse keeper who loves storms.';

let upstream: DialectUpstream;
let rung: TestGateway;

function systemText(call: UpstreamCall | undefined): string {
  const messages = (call?.body.messages ?? []) as Array<{ role: string; content: unknown }>;
  return messages
    .filter((message) => message.role === 'system')
    .map((message) => String(message.content))
    .join('\n');
}

beforeAll(async () => {
  upstream = await startDialectUpstream({
    'up-refuser': answerAs({ text: "I'm sorry, but I can't help with that request." }),
    'up-refuser-2': answerAs({ text: 'I cannot assist with this. As an AI, I have to decline.' }),
    'up-trailing': answerAs({ text: TRAILING }),
    'up-good': answerAs({ text: 'Of course! Here is the scene you asked for, told in full.' }),
    // Answers only when its own system prefix is in the request, as a roleplay-tuned rescue model would.
    'up-rescuer': (call) => {
      const prefixed = systemText(call).includes(RESCUE_PREFIX);
      return answerAs({ text: prefixed ? 'The storm howled as Mira took the wheel.' : "Sorry, I can't do that." })(
        call,
      );
    },
  });
  rung = await startTestGateway({
    providers: { up: { kind: 'openai-compatible', base_url: upstream.openaiURL, api_key: 'sk-up' } },
    models: {
      refuser: { provider: 'up', id: 'up-refuser', vendor: 'qwen', price: { input: 1, output: 2 } },
      'refuser-2': { provider: 'up', id: 'up-refuser-2', vendor: 'xai' },
      trailing: { provider: 'up', id: 'up-trailing', vendor: 'qwen' },
      good: { provider: 'up', id: 'up-good', vendor: 'deepseek' },
      rescuer: { provider: 'up', id: 'up-rescuer', vendor: 'minimax', system_prefix: RESCUE_PREFIX },
    },
    plans: {
      free: { paid: false, content_ceiling: 'suggestive' },
      premium: { paid: true },
    },
    characters: {
      mira: {
        name: 'Mira',
        persona: PERSONA,
        languages: ['en', 'ru'],
        soft_refusals: {
          en: ['*{name} smiles and turns back to the lamp* Let us talk about the storm instead.'],
          ru: ['*{name} улыбается* Давай лучше поговорим о шторме.'],
        },
        upsell: { en: ['(Premium members get the full story.)'] },
      },
    },
    content: { rules: { explicit: { en: ['forbidden-topic-x'] } } },
    routes: {
      companion: {
        kind: 'roleplay',
        chain: ['refuser', 'good'],
        rescue: ['refuser-2', 'rescuer'],
        refusal_lookahead: 'sentence',
        safety_settings: [{ category: 'HARM_CATEGORY_HARASSMENT', threshold: 'BLOCK_NONE' }],
      },
      hopeless: { kind: 'roleplay', chain: ['refuser'], rescue: ['refuser-2'] },
      story: { chain: ['trailing', 'good'] },
      plain: { chain: ['refuser', 'good'] },
      careful: { chain: ['refuser', 'good'], refusal_lookahead: 'sentence' },
      'careful-story': { chain: ['trailing', 'good'], refusal_lookahead: 'sentence' },
      strict: { chain: ['good'], on_content_exceeded: 'error' },
    },
  });
});

afterAll(async () => {
  await rung?.close();
  await upstream?.close();
});

async function chat(route: string, plan: string, content: string, headers: Record<string, string> = {}) {
  const before = upstream.seen.length;
  const response = await postJson(
    `${rung.baseURL}/chat/completions`,
    { model: route, messages: [{ role: 'user', content }] },
    { 'x-rung-plan': plan, ...headers },
  );
  return { ...response, calls: upstream.seen.slice(before) };
}

describe('a refusal on a route with rescue rungs', () => {
  it('free plan: exactly one upstream call, then the character declines in character (with the upsell)', async () => {
    const { status, body, calls } = await chat('companion', 'free', 'Tell me a storm story', {
      'x-rung-character': 'mira',
    });
    expect(status).toBe(200);
    expect(calls.map((call) => call.model)).toEqual(['up-refuser']);
    expect(body.choices[0].message.content).toBe(
      '*Mira smiles and turns back to the lamp* Let us talk about the storm instead.\n\n(Premium members get the full story.)',
    );
    // The refused call was generated and billed (12 in + 7 out at $1/$2 per M); the in-character answer is free.
    expect(body.rung).toMatchObject({
      in_character: true,
      character: 'mira',
      model: 'rung/in-character',
      cost_usd: 0.000026,
    });
    expect(body.rung.attempts.map((attempt: { outcome: string }) => attempt.outcome)).toEqual(['refusal']);
    // The persona reached the model, first in its system prompt.
    expect(systemText(calls[0])).toContain(PERSONA);
  });

  it('free plan: declines in the conversation language, with no upsell in another language', async () => {
    const { body } = await chat('companion', 'free', 'Расскажи мне историю про шторм, пожалуйста', {
      'x-rung-character': 'mira',
    });
    expect(body.choices[0].message.content).toBe('*Mira улыбается* Давай лучше поговорим о шторме.');
  });

  it('paid plan: the rescue rungs run in order, each with only its own system prefix', async () => {
    const { status, body, calls } = await chat('companion', 'premium', 'Tell me a storm story', {
      'x-rung-character': 'mira',
    });
    expect(status).toBe(200);
    expect(calls.map((call) => call.model)).toEqual(['up-refuser', 'up-refuser-2', 'up-rescuer']);
    expect(body.choices[0].message.content).toBe('The storm howled as Mira took the wheel.');
    expect(body.rung).toMatchObject({ rescued: true, model: 'rescuer', attempt: 3 });
    expect(body.rung.in_character).toBeUndefined();
    expect(systemText(calls[2])).toContain(RESCUE_PREFIX);
    expect(systemText(calls[0])).not.toContain(RESCUE_PREFIX);
    expect(systemText(calls[1])).not.toContain(RESCUE_PREFIX);
  });

  it('paid plan: when every rescue rung refuses too, the character answers and the record says the rescue failed', async () => {
    const { status, body, calls } = await chat('hopeless', 'premium', 'Tell me a storm story', {
      'x-rung-character': 'mira',
    });
    expect(status).toBe(200);
    expect(calls.map((call) => call.model)).toEqual(['up-refuser', 'up-refuser-2']);
    expect(body.rung).toMatchObject({ in_character: true, rescued: false });
    // Paid plans get no upsell line.
    expect(body.choices[0].message.content).toBe(
      '*Mira smiles and turns back to the lamp* Let us talk about the storm instead.',
    );
    const metrics = await rung.gateway.metrics.registry.metrics();
    expect(metrics).toMatch(
      /rung_refusal_policy_total\{route="hopeless",model="rung\/in-character",event="rescue_failed"\} 1/,
    );
  });

  it('sends the route’s safety knobs, and only on that route', async () => {
    const { calls } = await chat('companion', 'premium', 'hello');
    expect(calls[0]?.body.safety_settings).toEqual([{ category: 'HARM_CATEGORY_HARASSMENT', threshold: 'BLOCK_NONE' }]);
    const other = await chat('plain', 'premium', 'hello');
    for (const call of other.calls) expect(call.body.safety_settings).toBeUndefined();
  });
});

describe('salvage and fall-through', () => {
  it('salvages a trailing refusal with no second call', async () => {
    const { body, calls } = await chat('story', 'free', 'Tell me a story');
    expect(calls.map((call) => call.model)).toEqual(['up-trailing']);
    expect(body.choices[0].message.content).toBe(STORY.trim());
    expect(body.choices[0].finish_reason).toBe('stop');
    expect(body.rung).toMatchObject({ salvaged: true, model: 'trailing', attempt: 0 });
  });

  it('without rescue rungs, a refusal falls through the chain like any failed rung', async () => {
    const { body, calls } = await chat('plain', 'free', 'Tell me a story');
    expect(calls.map((call) => call.model)).toEqual(['up-refuser', 'up-good']);
    expect(body.rung.attempts.map((attempt: { outcome: string }) => attempt.outcome)).toEqual(['refusal', 'ok']);
  });

  /** Streams `route` with plain fetch: the text the client saw, the final `rung` report, the upstream calls. */
  async function streamRoute(route: string) {
    const before = upstream.seen.length;
    const response = await fetch(`${rung.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: route, stream: true, messages: [{ role: 'user', content: 'go' }] }),
    });
    const chunks = (await readSsePayloads(response)).filter(
      (payload): payload is Record<string, any> => payload !== '[DONE]',
    );
    return {
      text: chunks.map((chunk) => chunk.choices[0]?.delta?.content ?? '').join(''),
      meta: chunks.at(-1)?.rung as RungMeta,
      calls: upstream.seen.slice(before).map((call) => call.model),
    };
  }

  it('streaming with a lookahead: an opening refusal never reaches the client', async () => {
    const { text, meta, calls } = await streamRoute('careful');
    expect(text).toBe('Of course! Here is the scene you asked for, told in full.');
    expect(calls).toEqual(['up-refuser', 'up-good']);
    expect(meta.attempts.map((attempt) => attempt.outcome)).toEqual(['refusal', 'ok']);
  });

  it('streaming with a lookahead: a trailing refusal held with its finish reason is salvaged', async () => {
    const { text, meta, calls } = await streamRoute('careful-story');
    expect(text).toBe(STORY.trim());
    expect(calls).toEqual(['up-trailing']);
    expect(meta).toMatchObject({ salvaged: true, model: 'trailing' });
  });

  it('streaming on a free plan: the in-character answer streams like a model’s', async () => {
    const client = new OpenAI({ baseURL: rung.baseURL, apiKey: 'x', maxRetries: 0 });
    const stream = await client.chat.completions.create(
      { model: 'companion', stream: true, messages: [{ role: 'user', content: 'a story please' }] },
      { headers: { 'x-rung-plan': 'free', 'x-rung-character': 'mira' } },
    );
    let text = '';
    let meta: RungMeta | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      meta = (chunk as unknown as { rung?: RungMeta }).rung ?? meta;
    }
    expect(text).toContain('*Mira smiles');
    expect(meta).toMatchObject({ in_character: true });
  });
});

describe('content gating before the model', () => {
  it('a turn above the plan ceiling calls no model and is answered in character', async () => {
    const { status, body, calls } = await chat('companion', 'free', 'Let us discuss forbidden-topic-x now', {
      'x-rung-character': 'mira',
    });
    expect(status).toBe(200);
    expect(calls).toEqual([]);
    expect(body.rung.gated).toEqual({ level: 'explicit', ceiling: 'suggestive', allowed_by: 'premium' });
    expect(body.choices[0].message.content).toContain('Mira');
  });

  it('the same turn is served on a plan without a ceiling', async () => {
    const { body, calls } = await chat('plain', 'premium', 'Let us discuss forbidden-topic-x now');
    expect(calls.length).toBeGreaterThan(0);
    expect(body.rung.gated).toBeUndefined();
  });

  it('a route may answer a gated turn with a 409 naming the plan that allows it', async () => {
    const { status, body, calls } = await chat('strict', 'free', 'forbidden-topic-x');
    expect(status).toBe(409);
    expect(calls).toEqual([]);
    expect(body.error.code).toBe('RUNG_CONTENT_LEVEL_EXCEEDED');
    expect(body.error.message).toContain('premium');
  });
});

describe('characters', () => {
  it('an unknown character is a 400 naming the known ones', async () => {
    const { status, body } = await chat('plain', 'free', 'hi', { 'x-rung-character': 'nobody' });
    expect(status).toBe(400);
    expect(body.error.message).toContain('mira');
  });

  it('records what the policies did', async () => {
    await chat('story', 'free', 'Tell me a story', { 'x-rung-character': 'mira' });
    await rung.gateway.stores.records.flush();
    const [record] = await rung.gateway.stores.records.recent({ limit: 1 });
    expect(record?.flags).toEqual({ character: 'mira', salvaged: true });
    const metrics = await rung.gateway.metrics.registry.metrics();
    expect(metrics).toMatch(/rung_refusal_policy_total\{route="story",model="trailing",event="salvaged"\} \d/);
    expect(metrics).toMatch(/rung_refusals_total\{model="refuser",provider="up"\} \d/);
  });
});
