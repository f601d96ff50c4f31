import { describe, expect, it } from 'vitest';
import { createOfflineEmbedder } from './offline-embedder.js';
import { rankSummaries } from './recall.js';
import { generateConversations, type SyntheticConversation } from './synthetic-conversations.js';

const options = { count: 12, turnsPerConversation: 200, windowSize: 20, seed: 42 };
const conversations = generateConversations(options);

/**
 * Content words as a plain reader sees them, independent of the embedder's tokeniser: lower case, letters and
 * digits, a plain plural s folded, only articles, pronouns, auxiliaries and prepositions left out.
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the i me my we our us you your he him his she her it its they them their is am are was were be been do ' +
    'does did have has had will would can could should of to in on at for with from by about as and or but so if ' +
    'that this what which who where when how why there no not any some all again'
  ) // "again": a filler word
    .split(' '),
);
const contentWords = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => (word.length > 1 || /\p{N}/u.test(word)) && !FUNCTION_WORDS.has(word))
      .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word)),
  );
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('generateConversations', () => {
  it('is deterministic, and a smaller count is a prefix of a larger one', () => {
    expect(generateConversations(options)).toEqual(conversations);
    expect(generateConversations({ ...options, count: 3 })).toEqual(conversations.slice(0, 3));
    expect(generateConversations({ ...options, seed: 43 })[0]).not.toEqual(conversations[0]);
  });

  it('alternates user and assistant messages, numbered from 1, in full windows', () => {
    for (const conversation of conversations) {
      expect(conversation.messages).toHaveLength(400);
      conversation.messages.forEach((message, index) => {
        expect(message.seq).toBe(index + 1);
        expect(message.role).toBe(index % 2 === 0 ? 'user' : 'assistant');
        expect(message.content.length).toBeGreaterThan(0);
      });
      expect(conversation.windows).toHaveLength(20);
      conversation.windows.forEach((window, index) => {
        expect(window).toMatchObject({ index, fromSeq: index * 20 + 1, toSeq: index * 20 + 20 });
        expect(window.createdAt).toBe(conversation.messages[window.toSeq - 1]!.ts);
      });
    }
    const partial = generateConversations({ count: 1, turnsPerConversation: 25, windowSize: 20, seed: 1 })[0]!;
    expect(partial.messages).toHaveLength(50);
    expect(partial.windows).toHaveLength(2);
  });

  it('summarises each window extractively from its user sentences, in about 60–120 words', () => {
    for (const conversation of conversations) {
      for (const window of conversation.windows) {
        expect(words(window.summary)).toBeGreaterThanOrEqual(40);
        expect(words(window.summary)).toBeLessThanOrEqual(120);
        const userText = conversation.messages
          .filter((message) => message.role === 'user' && message.seq >= window.fromSeq && message.seq <= window.toSeq)
          .map((message) => message.content.toLowerCase())
          .join(' ');
        const firstSentence = window.summary
          .split(/(?<=[.!?]) /)[0]!
          .replace(/[.!?]$/, '')
          .toLowerCase();
        expect(userText).toContain(firstSentence);
      }
    }
  });

  it('plants each fact once, in its window and that window’s summary', () => {
    for (const conversation of conversations) {
      expect(conversation.facts.length).toBeGreaterThanOrEqual(5);
      expect(new Set(conversation.facts.map((fact) => fact.kind)).size).toBe(conversation.facts.length);
      for (const fact of conversation.facts) {
        const message = conversation.messages[fact.seq - 1]!;
        expect(message.role).toBe('user');
        expect(message.content.toLowerCase()).toContain(fact.statement.toLowerCase());
        const window = conversation.windows[fact.windowIndex]!;
        expect(fact.seq).toBeGreaterThanOrEqual(window.fromSeq);
        expect(fact.seq).toBeLessThanOrEqual(window.toSeq);
        expect(window.summary.toLowerCase()).toContain(fact.statement.toLowerCase());
        const statedIn = conversation.messages.filter((other) =>
          other.content.toLowerCase().includes(fact.statement.toLowerCase()),
        );
        expect(statedIn).toHaveLength(1);
      }
    }
  });

  it('asks about facts in other words, sharing only the key terms, in the same or another form', () => {
    const counts = { exact: 0, variant: 0, none: 0 };
    for (const conversation of conversations) {
      const facts = new Map(conversation.facts.map((fact) => [fact.id, fact]));
      for (const question of conversation.questions) {
        const fact = facts.get(question.factId)!;
        expect(question.evidenceWindow).toBe(fact.windowIndex);
        expect(question.kind).toBe(fact.kind);
        const stated = contentWords(fact.statement);
        const shared = [...contentWords(question.text)].filter((word) => stated.has(word));
        const keys = new Set(question.keyTerms.flatMap((term) => [...contentWords(term)]));
        expect(
          shared.filter((word) => !keys.has(word)),
          `${question.text} / ${fact.statement}`,
        ).toEqual([]);
        counts[question.match]++;
        if (question.match === 'exact') {
          expect(shared.length, `${question.text} / ${fact.statement}`).toBeGreaterThan(0);
        } else {
          expect(shared, `${question.text} / ${fact.statement}`).toEqual([]);
        }
        if (question.match === 'variant') {
          // Another form of a statement word: the same first four letters, not the same word.
          for (const key of keys) {
            expect(
              [...stated].some((word) => word !== key && word.slice(0, 4) === key.slice(0, 4)),
              key,
            ).toBe(true);
          }
        }
      }
    }
    expect(counts.exact).toBeGreaterThan(100);
    expect(counts.variant).toBeGreaterThan(0);
    expect(counts.none).toBeGreaterThan(0);
  });

  it('refuses shapes without a full window', () => {
    expect(() => generateConversations({ ...options, windowSize: 1 })).toThrow(RangeError);
    expect(() => generateConversations({ ...options, turnsPerConversation: 5 })).toThrow(RangeError);
  });
});

describe('recall on synthetic conversations (sanity)', () => {
  const embedder = createOfflineEmbedder();

  function recallAt5(all: SyntheticConversation[], weights?: { cosineWeight: number; keywordWeight: number }) {
    let hits = 0;
    let total = 0;
    for (const conversation of all) {
      const candidates = conversation.windows.map((window) => ({
        id: String(window.index),
        text: window.summary,
        embedding: embedder.embed(window.summary),
        createdAt: window.createdAt,
      }));
      for (const question of conversation.questions.filter((entry) => entry.match === 'exact')) {
        const top = rankSummaries(
          { text: question.text, vector: embedder.embed(question.text) },
          candidates,
          5,
          weights,
        );
        total++;
        if (top.some((entry) => entry.id === String(question.evidenceWindow))) hits++;
      }
    }
    return hits / total;
  }

  it('finds the evidence window in the top 5 for at least 90% of questions, well above chance', () => {
    expect(recallAt5(conversations)).toBeGreaterThanOrEqual(0.9);
    expect(recallAt5(conversations, { cosineWeight: 1, keywordWeight: 0 })).toBeGreaterThan(0.5);
  });
});
