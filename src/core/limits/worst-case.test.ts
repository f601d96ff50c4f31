import { describe, expect, it } from 'vitest';
import { estimatePromptTokensUpperBound } from '../../catalogue/count-tokens.js';
import type { ChatMessage } from '../../spec/chat.js';
import type { Turn } from '../turn.js';
import { promptTokens } from './worst-case.js';

const chatTurn = (messages: ChatMessage[]) => ({ embedding: null, request: { messages } }) as unknown as Turn;

describe('promptTokens', () => {
  it('estimates a turn once for the rate limiter and the budget, and again when its prompt is replaced', () => {
    const short: ChatMessage[] = [{ role: 'user', content: 'hello world' }];
    const turn = chatTurn(short);
    expect(promptTokens(turn)).toBe(estimatePromptTokensUpperBound(short));
    expect(promptTokens(turn)).toBe(estimatePromptTokensUpperBound(short));
    const longer: ChatMessage[] = [
      ...short,
      { role: 'user', content: 'and a good deal more text to count '.repeat(20) },
    ];
    turn.request.messages = longer;
    expect(promptTokens(turn)).toBe(estimatePromptTokensUpperBound(longer));
    expect(promptTokens(turn)).toBeGreaterThan(estimatePromptTokensUpperBound(short));
  });

  it('keeps each turn to its own prompt', () => {
    const one = chatTurn([{ role: 'user', content: 'one' }]);
    const other = chatTurn([{ role: 'user', content: 'a much longer prompt than the first one, by far' }]);
    expect(promptTokens(one)).toBeLessThan(promptTokens(other));
    expect(promptTokens(one)).toBe(estimatePromptTokensUpperBound([{ role: 'user', content: 'one' }]));
  });

  it('counts embedding inputs, and follows a replaced input', () => {
    const turn = { embedding: { input: ['alpha beta', [1, 2, 3]] }, request: { messages: [] } } as unknown as Turn;
    const first = promptTokens(turn);
    expect(first).toBe(estimatePromptTokensUpperBound([{ role: 'user', content: 'alpha beta' }]) + 3);
    (turn.embedding as { input: unknown }).input = 'alpha beta gamma delta epsilon zeta eta theta';
    expect(promptTokens(turn)).toBeGreaterThan(first - 3);
    expect(promptTokens(turn)).toBe(
      estimatePromptTokensUpperBound([{ role: 'user', content: 'alpha beta gamma delta epsilon zeta eta theta' }]),
    );
  });
});
