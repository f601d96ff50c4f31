import { describe, expect, it } from 'vitest';
import { isAttemptFailure, RungError } from '../../spec/errors.js';
import { parseGeminiEmbeddings, toGeminiEmbed } from './gemini-embed.js';

const BASE = 'https://generativelanguage.googleapis.com/v1beta';

describe('toGeminiEmbed', () => {
  it('embeds one text with embedContent, extras beside the content', () => {
    const wire = toGeminiEmbed(
      { model: 'gemini-embedding-001', input: ['hi'], dimensions: 8 },
      { taskType: 'RETRIEVAL_QUERY' },
      BASE,
    );
    expect(wire.url).toBe(`${BASE}/models/gemini-embedding-001:embedContent`);
    expect(JSON.parse(wire.body)).toEqual({
      content: { parts: [{ text: 'hi' }] },
      outputDimensionality: 8,
      taskType: 'RETRIEVAL_QUERY',
    });
    expect(wire.count).toBe(1);
  });

  it('embeds several with batchEmbedContents, extras in every item, a models/ id taken as it is', () => {
    const wire = toGeminiEmbed(
      { model: 'models/text-embedding-004', input: ['a', 'b'] },
      { taskType: 'CLUSTERING' },
      BASE,
    );
    expect(wire.url).toBe(`${BASE}/models/text-embedding-004:batchEmbedContents`);
    expect(JSON.parse(wire.body)).toEqual({
      requests: ['a', 'b'].map((text) => ({
        model: 'models/text-embedding-004',
        content: { parts: [{ text }] },
        taskType: 'CLUSTERING',
      })),
    });
    expect(wire.count).toBe(2);
  });

  it('refuses token ids as a bad request (no rung of this kind would take them), and empty input', () => {
    for (const input of [
      [1, 2, 3],
      [[1], [2]],
    ]) {
      let caught: unknown;
      try {
        toGeminiEmbed({ model: 'm', input }, undefined, BASE);
      } catch (error) {
        caught = error;
      }
      expect(isAttemptFailure(caught) && caught.outcome).toBe('bad_request');
      expect(String(caught)).toContain('Gemini embeddings take text');
    }
    expect(() => toGeminiEmbed({ model: 'm', input: [] }, undefined, BASE)).toThrow(RungError);
  });
});

describe('parseGeminiEmbeddings', () => {
  it('answers in the OpenAI shape with zero usage (Gemini reports none)', () => {
    expect(parseGeminiEmbeddings('{"embeddings":[{"values":[1,2]},{"values":[3,4]}]}', 'gemini', 'm', 2)).toEqual({
      object: 'list',
      data: [
        { object: 'embedding', index: 0, embedding: [1, 2] },
        { object: 'embedding', index: 1, embedding: [3, 4] },
      ],
      model: 'm',
      usage: { prompt_tokens: 0, total_tokens: 0 },
    });
  });

  it.each([
    ['not JSON', '{"embedding":', 1],
    ['too few vectors', '{"embeddings":[{"values":[1]}]}', 2],
    ['no values', '{"embedding":{}}', 1],
    ['values that are not numbers', '{"embedding":{"values":["1"]}}', 1],
  ])('calls an answer with %s malformed', (_label, text, count) => {
    expect(() => parseGeminiEmbeddings(text, 'gemini', 'm', count)).toThrow(/malformed/);
  });

  it('classifies an error sent with status 200', () => {
    expect(() => parseGeminiEmbeddings('{"error":{"code":503,"message":"busy"}}', 'gemini', 'm', 1)).toThrow(/busy/);
  });
});
