/**
 * Conversational memory end to end through the server, with scripted auxiliary answers from a fake upstream:
 * the hot buffer as history, a window summarised once it ages out (never an empty summary), recall of an old
 * window, facts extracted from user messages only and superseded with their history kept, the context a turn
 * saw, the plan's memory budget, and deletion (dry run, confirm, nobody else touched, tenants apart).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerAs,
  type DialectUpstream,
  startDialectUpstream,
  type UpstreamCall,
} from '../testing/dialect-upstream.js';
import { startTestGateway, type TestGateway } from '../testing/test-gateway.js';

const KEY_A = 'sk-memory-a-0123456789abcdef';
const KEY_B = 'sk-memory-b-0123456789abcdef';

let upstream: DialectUpstream;
let rung: TestGateway;
let summariesFail = false;

function lastUser(call: UpstreamCall): string {
  const messages = call.body.messages as Array<{ role: string; content: string }>;
  return messages.filter((message) => message.role === 'user').at(-1)?.content ?? '';
}

beforeAll(async () => {
  upstream = await startDialectUpstream({
    'up-chat': (call) => answerAs({ text: `You said: ${lastUser(call).slice(0, 40)}` })(call),
    // The summariser keeps the transcript's capitalised words and numbers, as a real one keeps names.
    'up-summary': (call) => {
      if (summariesFail) return answerAs({ text: '' })(call);
      const transcript = lastUser(call);
      const names = [...new Set(transcript.match(/\b(?!User\b|Mira\b|You\b)[A-Z][a-z]+\b|\b\d+\b/g) ?? [])];
      return answerAs({ text: `They talked about ${names.join(', ') || 'small things'}.` })(call);
    },
    'up-facts': (call) => {
      const text = lastUser(call);
      const renamed = /renamed him (\w+)/.exec(text)?.[1];
      const named = /named him (\w+)/.exec(text)?.[1];
      const pet = renamed ?? named;
      return answerAs({
        text: pet === undefined ? '' : JSON.stringify({ key: 'pet_name', value: pet, scope: 'global' }),
      })(call);
    },
  });
  rung = await startTestGateway({
    auth: {
      keys: [
        { key: KEY_A, name: 'a', tenant: 'tenant-a', plan: 'free' },
        { key: KEY_B, name: 'b', tenant: 'tenant-b', plan: 'tight' },
      ],
    },
    providers: { up: { kind: 'openai-compatible', base_url: upstream.openaiURL, api_key: 'sk' } },
    models: {
      talker: { provider: 'up', id: 'up-chat' },
      summary: { provider: 'up', id: 'up-summary' },
      facts: { provider: 'up', id: 'up-facts' },
    },
    plans: { free: {}, tight: { memory_tokens: 60 } },
    characters: { mira: { name: 'Mira', persona: 'You are Mira, a lighthouse keeper.' } },
    memory: {
      hot_messages: 4,
      window: 4,
      summariser: { route: 'summarise' },
      facts: { route: 'extract' },
      recall_k: 3,
    },
    routes: { chat: { chain: ['talker'] }, summarise: { chain: ['summary'] }, extract: { chain: ['facts'] } },
  });
});

afterAll(async () => {
  await rung?.close();
  await upstream?.close();
});

async function say(user: string, content: string, key = KEY_A, session?: string) {
  const before = upstream.seen.length;
  const response = await fetch(`${rung.url}/v1/conversations/${user}/mira/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ content, ...(session === undefined ? {} : { session }) }),
  });
  const body = (await response.json()) as any;
  return { status: response.status, body, calls: upstream.seen.slice(before) };
}

async function get(path: string, key = KEY_A, method = 'GET') {
  const response = await fetch(`${rung.url}${path}`, { method, headers: { authorization: `Bearer ${key}` } });
  return { status: response.status, body: (await response.json()) as any };
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let tries = 0; ; tries++) {
    const value = await read();
    if (done(value) || tries > 100) return value;
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

function chatCall(calls: UpstreamCall[]): UpstreamCall | undefined {
  return calls.find((call) => call.model === 'up-chat');
}

function memoryBlock(call: UpstreamCall | undefined): string {
  const messages = (call?.body.messages ?? []) as Array<{ role: string; content: string }>;
  return messages.find((message) => message.role === 'system' && message.content.startsWith('[Memory'))?.content ?? '';
}

describe('a conversation with memory', () => {
  it('sends only the new message; Rung supplies the recent history and stores the turn', async () => {
    await say('ann', 'We adopted a beagle and named him Biscuit.');
    const second = await say('ann', 'He loves the beach at Porto.');
    expect(second.status).toBe(200);
    const messages = chatCall(second.calls)?.body.messages as Array<{ role: string; content: string }>;
    expect(messages.map((message) => message.role)).toEqual(['system', 'system', 'user', 'assistant', 'user']);
    expect(messages[2]?.content).toBe('We adopted a beagle and named him Biscuit.');
    const recent = await get('/memory/ann/mira/recent');
    expect(recent.body.messages.map((message: { role: string }) => message.role)).toEqual([
      'user',
      'assistant',
      'user',
      'assistant',
    ]);
  });

  it('facts come from the user message only, and a contradiction supersedes with history kept', async () => {
    const facts = await until(
      () => get('/memory/ann/mira/facts'),
      (response) => response.body.facts.length > 0,
    );
    expect(facts.body.facts).toMatchObject([{ key: 'pet_name', value: 'Biscuit', scope: 'global' }]);
    // The facts route saw the user's words and its own instruction, nothing injected.
    const extraction = upstream.seen.find((call) => call.model === 'up-facts');
    const sent = extraction?.body.messages as Array<{ role: string; content: string }>;
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual({ role: 'user', content: 'We adopted a beagle and named him Biscuit.' });

    await say('ann', 'Actually we renamed him Max last week.');
    const now = await until(
      () => get('/memory/ann/mira/facts'),
      (response) => response.body.facts[0]?.value === 'Max',
    );
    expect(now.body.facts).toMatchObject([{ key: 'pet_name', value: 'Max' }]);
    const history = await get('/memory/ann/mira/facts?history=true');
    const old = history.body.facts.find((fact: { value: string }) => fact.value === 'Biscuit');
    expect(old.supersededBy).toBe(now.body.facts[0].id);
  });

  it('summarises a window once it ages out of the hot buffer, and never stores an empty summary', async () => {
    summariesFail = true;
    for (const line of [
      'We met at the Rossio station.',
      'My sister Clara lives in Berlin.',
      'I work at 42 Harbour Road.',
    ]) {
      await say('ann', line);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await get('/memory/ann/mira/summary')).body.summary).toBeNull();
    summariesFail = false;
    await say('ann', 'The weather is grey today.');
    const summary = await until(
      () => get('/memory/ann/mira/summary'),
      (response) => response.body.summary !== null,
    );
    expect(summary.body.summary).toMatchObject({ fromSeq: 1, toSeq: 4 });
    expect(summary.body.summary.text).toContain('Biscuit');
    expect(summary.body.summary.embedding).toBeUndefined();
  });

  it('recalls an old window by its words, and reports what each turn saw', async () => {
    await until(
      async () => {
        await say('ann', 'Tell me a story about the sea.');
        return get('/memory/ann/mira/search?q=Clara%20Berlin');
      },
      (response) => response.body.results.some((result: { text: string }) => result.text.includes('Clara')),
    );
    const asked = await say('ann', 'Where does my sister Clara live again?');
    const block = memoryBlock(chatCall(asked.calls));
    expect(block).toContain('Clara');
    expect(block).toContain('pet name: Max');
    const context = await get(`/v1/conversations/ann/mira/turns/${asked.body.rung.request_id}/context`);
    expect(context.status).toBe(200);
    expect(context.body.text).toBe(block);
    expect(context.body.factIds.length).toBe(1);
    expect(asked.body.rung.memory.tokens).toBe(context.body.tokens);
  });

  it('keeps the memory injected within the plan budget', async () => {
    for (let index = 0; index < 4; index++)
      await say('bob', `A long message number ${index} about many things. `.repeat(6), KEY_B);
    const turn = await say('bob', 'And one more.', KEY_B);
    expect(turn.body.rung.memory.tokens).toBeLessThanOrEqual(60);
  });
});

describe('memory through other doors', () => {
  it('a streamed turn is remembered like any other', async () => {
    const response = await fetch(`${rung.url}/v1/conversations/dora/mira/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY_A}` },
      body: JSON.stringify({ content: 'Streaming hello to you.', stream: true }),
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    await response.text();
    const recent = await until(
      () => get('/memory/dora/mira/recent'),
      (result) => result.body.messages.length === 2,
    );
    expect(recent.body.messages[1]).toMatchObject({ role: 'assistant', content: 'You said: Streaming hello to you.' });
  });

  it('chat completions with x-rung-user and x-rung-character get the same memory', async () => {
    await say('eve', 'My favourite colour is teal.');
    const before = upstream.seen.length;
    const response = await fetch(`${rung.baseURL}/chat/completions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${KEY_A}`,
        'x-rung-user': 'eve',
        'x-rung-character': 'mira',
      },
      body: JSON.stringify({ model: 'chat', messages: [{ role: 'user', content: 'What did I just tell you?' }] }),
    });
    expect(response.status).toBe(200);
    const call = chatCall(upstream.seen.slice(before));
    const messages = call?.body.messages as Array<{ role: string; content: string }>;
    expect(messages.some((message) => message.content === 'My favourite colour is teal.')).toBe(true);
  });
});

describe('deleting memory', () => {
  it('is a dry run by default, deletes only with confirm, and touches nobody else', async () => {
    await say('cora', 'My cat is called Pixel.');
    await say('cora', 'Hello from another session.', KEY_A, 'other');
    await say('cora', 'Hello from tenant B.', KEY_B);
    const dry = await get('/memory/cora/mira', KEY_A, 'DELETE');
    expect(dry.body).toMatchObject({ deleted: false, counts: { messages: 4 } });
    expect((await get('/memory/cora/mira/recent')).body.messages).toHaveLength(2);

    const gone = await get('/memory/cora/mira/default?confirm=true', KEY_A, 'DELETE');
    expect(gone.body).toMatchObject({ deleted: true, counts: { messages: 2 } });
    expect((await get('/memory/cora/mira/recent')).body.messages).toEqual([]);
    expect((await get('/memory/cora/mira/recent?session=other')).body.messages).toHaveLength(2);
    expect((await get('/memory/cora/mira/recent', KEY_B)).body.messages).toHaveLength(2);
    expect((await get('/memory/ann/mira/recent')).body.messages.length).toBeGreaterThan(0);
  });

  it('a tenant never reads another tenant’s memory of a user with the same id', async () => {
    const mine = await get('/memory/ann/mira/recent', KEY_B);
    expect(mine.body.messages).toEqual([]);
    expect((await get('/memory/ann/mira/facts', KEY_B)).body.facts).toEqual([]);
  });
});
