/**
 * Content gating with a classification route (a small model answers a class name), end to end: the class it
 * names gates the turn before any model is called; a classifier that fails or names no class leaves the decision
 * to the keyword rules. Its call is part of the turn: in the attempts (marked as the classifier's) and the cost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerAs,
  type DialectUpstream,
  startDialectUpstream,
  type UpstreamCall,
} from '../testing/dialect-upstream.js';
import { postJson, startTestGateway, type TestGateway } from '../testing/test-gateway.js';

let upstream: DialectUpstream;
let rung: TestGateway;

function lastUserText(call: UpstreamCall): string {
  const messages = (call.body.messages ?? []) as Array<{ role: string; content: unknown }>;
  return String(messages.filter((message) => message.role === 'user').at(-1)?.content ?? '');
}

beforeAll(async () => {
  upstream = await startDialectUpstream({
    'up-good': answerAs({ text: 'Here is a gentle bedtime story about a lighthouse.' }),
    // Names a class from what the message says; fails or babbles on request.
    'up-classifier': (call) => {
      const text = lastUserText(call);
      if (text.includes('[fail]')) return { status: 500, json: { error: { message: 'overloaded' } } };
      if (text.includes('[babble]')) return answerAs({ text: 'I would rather not say.' })(call);
      return answerAs({ text: text.includes('spicy') ? 'explicit' : 'Safe.' })(call);
    },
  });
  rung = await startTestGateway({
    providers: { up: { kind: 'openai-compatible', base_url: upstream.openaiURL, api_key: 'sk-up' } },
    models: {
      good: { provider: 'up', id: 'up-good' },
      classifier: { provider: 'up', id: 'up-classifier', price: { input: 1, output: 1 } },
    },
    plans: { free: { paid: false, content_ceiling: 'suggestive' }, premium: { paid: true } },
    content: { classifier: { route: 'classify' }, rules: { explicit: { en: ['forbidden-topic-x'] } } },
    routes: {
      chat: { chain: ['good'] },
      classify: { kind: 'classification', chain: ['classifier'] },
    },
  });
});

afterAll(async () => {
  await rung?.close();
  await upstream?.close();
});

async function chat(content: string, plan = 'free') {
  const before = upstream.seen.length;
  const response = await postJson(
    `${rung.baseURL}/chat/completions`,
    { model: 'chat', messages: [{ role: 'user', content }] },
    { 'x-rung-plan': plan },
  );
  return { ...response, calls: upstream.seen.slice(before).map((call) => call.model) };
}

describe('a classification route gates turns before the model', () => {
  it('the class it names is above the plan ceiling: no model call, the answer is in character', async () => {
    const { status, body, calls } = await chat('Tell me something spicy tonight');
    expect(status).toBe(200);
    expect(calls).toEqual(['up-classifier']);
    expect(body.rung).toMatchObject({
      gated: { level: 'explicit', ceiling: 'suggestive', allowed_by: 'premium' },
      in_character: true,
    });
    expect(body.rung.attempts).toEqual([
      expect.objectContaining({ model: 'classifier', outcome: 'ok', purpose: 'content_classifier' }),
    ]);
    // 12 in + 7 out at $1 per M each.
    expect(body.rung.cost_usd).toBeCloseTo(0.000019, 10);
  });

  it('a class within the ceiling is served; a plan without a ceiling is not classified at all', async () => {
    expect((await chat('Tell me a bedtime story')).calls).toEqual(['up-classifier', 'up-good']);
    expect((await chat('Tell me something spicy tonight', 'premium')).calls).toEqual(['up-good']);
  });

  it.each([
    ['fails', '[fail]'],
    ['names no class', '[babble]'],
  ])('a classifier that %s leaves the decision to the rules', async (_, marker) => {
    const gated = await chat(`Let us talk about forbidden-topic-x ${marker}`);
    expect(gated.calls).toEqual(['up-classifier']);
    expect(gated.body.rung.gated).toMatchObject({ level: 'explicit' });

    const served = await chat(`Tell me something spicy tonight ${marker}`);
    expect(served.calls).toEqual(['up-classifier', 'up-good']);
    expect(served.body.rung.gated).toBeUndefined();
  });
});
