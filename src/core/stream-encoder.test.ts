import { describe, expect, it } from 'vitest';
import { parseChunk } from '../providers/openai-compatible/from-openai-response.js';
import type { StreamChunk, TokenUsage } from '../spec/provider.js';
import { openAIEncoder } from './stream-encoder.js';
import type { RungMeta, Turn } from './turn.js';

const meta = { request_id: 'r1', attempt: 0 } as unknown as RungMeta;
const usage: TokenUsage = { input: 3, output: 2, cachedInput: 0, cacheWrite: 0, reasoning: 0, estimated: false };

function turnFor(includeUsage: boolean): Turn {
  return { includeUsage, id: 'r1', ts: 0, answer: null } as unknown as Turn;
}

const event = (body: object): StreamChunk => parseChunk(JSON.stringify(body), 'up') as StreamChunk;
const delta = (content: string, finish: string | null = null) =>
  event({
    id: 'c1',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'm',
    choices: [{ index: 0, delta: { role: 'assistant', content }, finish_reason: finish }],
  });

/** The JSON of every `data:` line but [DONE]. */
function events(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n\n')
    .filter((line) => line.startsWith('data: ') && line !== 'data: [DONE]')
    .map((line) => JSON.parse(line.slice(6)) as Record<string, unknown>);
}

/** A usage-only chunk, with `fields` added (or a `choices` list, when the upstream sends one). */
const usageEvent = (fields: object) =>
  event({
    id: 'c1',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'm',
    usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
    ...fields,
  });

describe('openAIEncoder', () => {
  it('splices the report into the upstream usage chunk, keeping every field the upstream sent', () => {
    const encoder = openAIEncoder(turnFor(true));
    let text = encoder.chunk(delta('Hi')) + encoder.chunk(delta('', 'stop'));
    text += encoder.chunk(usageEvent({ choices: [], system_fingerprint: 'fp' }));
    text += encoder.end({ finish: null, usage, meta });
    const last = events(text).at(-1) as Record<string, unknown>;
    expect(last).toMatchObject({ choices: [], system_fingerprint: 'fp', usage: { total_tokens: 5 }, rung: meta });
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true);
  });

  it('holds the finish chunk back for the report when usage was not asked for', () => {
    const encoder = openAIEncoder(turnFor(false));
    let text = encoder.chunk(delta('Hi'));
    expect(encoder.chunk(delta('', 'stop'))).toBe('');
    text += encoder.end({ finish: null, usage, meta });
    const last = events(text).at(-1) as Record<string, unknown>;
    expect(last).toMatchObject({ choices: [{ finish_reason: 'stop' }], rung: meta });
  });

  it('serialises a usage chunk that had no choices list, so the client still gets `choices: []`', () => {
    const encoder = openAIEncoder(turnFor(true));
    let text = encoder.chunk(delta('Hi', 'stop'));
    text += encoder.chunk(usageEvent({}));
    text += encoder.end({ finish: null, usage, meta });
    expect(events(text).at(-1)).toMatchObject({ choices: [], rung: meta });
  });
});
