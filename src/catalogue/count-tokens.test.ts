import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../spec/chat.js';
import corpus from './__fixtures__/token-corpus.json' with { type: 'json' };
import {
  countMessageTokens,
  countTokens,
  estimatePromptTokensUpperBound,
  IMAGE_TOKENS,
  IMAGE_TOKENS_UPPER_BOUND,
  textTokensUpperBound,
  warmTokenizer,
} from './count-tokens.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const digest = (algorithm: string, text: string, encoding: 'hex' | 'base64') =>
  createHash(algorithm).update(text).digest(encoding);

/** Text of every kind a prompt carries, each big enough to measure; machine text generated deterministically. */
function testCorpus(): Array<{ name: string; text: string }> {
  const texts: Array<{ name: string; text: string }> = [];
  for (const [name, text] of Object.entries(corpus.samples)) {
    texts.push({ name, text });
    texts.push({ name: `${name} x8`, text: `${text}\n`.repeat(8) });
  }
  for (const [language, replies] of Object.entries(corpus.replies)) {
    for (const [index, text] of replies.entries()) texts.push({ name: `reply ${language} ${index}`, text });
    texts.push({ name: `replies ${language}`, text: replies.join('\n\n') });
  }
  texts.push({ name: 'README', text: read('../../README.md') });
  texts.push({ name: 'architecture', text: read('../../docs/architecture.md') });
  for (const file of ['./count-tokens.ts', './model-catalogue.ts', './catalogue-data.ts', '../core/resolve-chain.ts']) {
    texts.push({ name: file, text: read(file) });
  }
  const packages = Array.from({ length: 60 }, (_, index) => {
    const name = `package-${index}`;
    return [
      `    "node_modules/${name}": {`,
      `      "version": "${index % 7}.${index % 13}.${index}",`,
      `      "resolved": "https://registry.npmjs.org/${name}/-/${name}-${index}.0.0.tgz",`,
      `      "integrity": "sha512-${digest('sha512', name, 'base64')}",`,
      `      "license": "MIT"`,
      '    },',
    ].join('\n');
  });
  texts.push({ name: 'lockfile', text: `{\n  "packages": {\n${packages.join('\n')}\n  }\n}` });
  const uuids = Array.from({ length: 200 }, (_, index) =>
    digest('md5', String(index), 'hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5'),
  );
  texts.push({ name: 'uuids', text: uuids.join('\n') });
  texts.push({
    name: 'sha256',
    text: Array.from({ length: 100 }, (_, i) => digest('sha256', `${i}`, 'hex')).join(' '),
  });
  texts.push({ name: 'integers', text: Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000).join(',') });
  texts.push({ name: 'spaced integers', text: Array.from({ length: 1000 }, (_, i) => (i * 31) % 100).join(', ') });
  texts.push({ name: 'vector', text: JSON.stringify(Array.from({ length: 400 }, (_, i) => Math.sin(i) * 10)) });
  texts.push({ name: 'emoji', text: 'Great job 🎉🎉 see you 👋 tomorrow! 😀😃 ❤️ 👍🏽 🇫🇷🇯🇵 '.repeat(40) });
  texts.push({
    name: 'indented',
    text: Array.from({ length: 200 }, (_, i) => `${' '.repeat((i % 8) * 2)}value_${i} = ${i};`).join('\n'),
  });
  return texts;
}

describe('countTokens', () => {
  it('counts o200k_base tokens, warming the encoding once', () => {
    warmTokenizer();
    expect(warmTokenizer()).toBe(0);
    expect(countTokens('')).toBe(0);
    expect(countTokens('hello world')).toBe(2);
    expect(countTokens('你好，世界')).toBeGreaterThan(0);
  });

  it('counts special-token text as text instead of throwing', () => {
    expect(countTokens('before <|endoftext|> after')).toBeGreaterThan(3);
  });
});

describe('countMessageTokens', () => {
  it("adds OpenAI's framing: 3 per message, 1 for the role, 1 per name, 3 to prime the reply", () => {
    expect(countMessageTokens([])).toBe(3);
    expect(countMessageTokens([{ role: 'user', content: 'hello world' }])).toBe(3 + 4 + 2);
    expect(countMessageTokens([{ role: 'user', name: 'ana', content: 'hello world' }])).toBe(3 + 4 + 2 + 1 + 1);
    expect(
      countMessageTokens([
        { role: 'system', content: 'Be brief.' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'hello' },
            { type: 'text', text: ' world' },
          ],
        },
      ]),
    ).toBe(3 + 4 + countTokens('Be brief.') + 4 + 2);
  });

  it('counts images at a fixed size and tool calls by their name and arguments', () => {
    const image = (detail: 'low' | 'high' | 'auto'): ChatMessage => ({
      role: 'user',
      content: [{ type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA', detail } }],
    });
    expect(countMessageTokens([image('low')])).toBe(3 + 4 + IMAGE_TOKENS.low);
    expect(countMessageTokens([image('high')])).toBe(3 + 4 + IMAGE_TOKENS.high);
    expect(countMessageTokens([image('auto')])).toBe(3 + 4 + IMAGE_TOKENS.high);
    const call: ChatMessage = {
      role: 'assistant',
      content: null,
      tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } }],
    };
    expect(countMessageTokens([call])).toBe(3 + 4 + 3 + countTokens('get_weather') + countTokens('{"city":"Oslo"}'));
  });
});

describe('estimatePromptTokensUpperBound', () => {
  const texts = testCorpus();

  it('is never below the real count, and within about twice it, on every kind of text', () => {
    const ratios = texts.map(({ name, text }) => ({ name, ratio: textTokensUpperBound(text) / countTokens(text) }));
    const below = ratios.filter((entry) => entry.ratio < 1);
    const far = ratios.filter((entry) => entry.ratio > 2.25);
    expect(below).toEqual([]);
    expect(far).toEqual([]);
    // Long documents average out: no more than twice the real count.
    for (const { name, text } of texts.filter((entry) => entry.text.length > 2000)) {
      expect(textTokensUpperBound(text) / countTokens(text), name).toBeLessThanOrEqual(2);
    }
  });

  it('bounds whole conversations, framing, names, tool calls and images included', () => {
    const samples = Object.values(corpus.samples);
    const conversation: ChatMessage[] = samples.map((text, index) => ({
      role: index % 2 === 0 ? 'user' : 'assistant',
      content: text,
    }));
    conversation.push(
      {
        role: 'user',
        name: 'ana',
        content: [
          { type: 'text', text: 'Look:' },
          { type: 'image_url', image_url: { url: 'x' } },
        ],
      },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'c1', type: 'function', function: { name: 'search', arguments: '{"q":"Oslo 2025"}' } }],
      },
    );
    const real = countMessageTokens(conversation);
    const bound = estimatePromptTokensUpperBound(conversation);
    expect(bound).toBeGreaterThanOrEqual(real + IMAGE_TOKENS_UPPER_BOUND - IMAGE_TOKENS.high);
    expect(bound / real).toBeLessThanOrEqual(2);
    for (const text of samples) {
      const one: ChatMessage[] = [{ role: 'user', content: text }];
      expect(estimatePromptTokensUpperBound(one)).toBeGreaterThanOrEqual(countMessageTokens(one));
      expect(estimatePromptTokensUpperBound(one) / countMessageTokens(one)).toBeLessThanOrEqual(2);
    }
  });

  it('handles edge cases without looping: empty text, lone surrogates, long runs', () => {
    expect(textTokensUpperBound('')).toBe(0);
    expect(textTokensUpperBound('\ud800')).toBe(3);
    expect(textTokensUpperBound('a\udc00b')).toBeGreaterThanOrEqual(3);
    for (const text of ['a'.repeat(5000), ' '.repeat(5000), '\n'.repeat(3000), '1'.repeat(3000), '!'.repeat(100)]) {
      expect(textTokensUpperBound(text)).toBeGreaterThanOrEqual(countTokens(text));
    }
  });
});
