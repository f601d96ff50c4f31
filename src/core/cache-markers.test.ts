import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../spec/chat.js';
import { withCacheMarkers } from './cache-markers.js';

const SYSTEM = 'You are Mira, a lighthouse keeper. '.repeat(200);
const ephemeral = { type: 'ephemeral' };

describe('withCacheMarkers', () => {
  const conversation: ChatMessage[] = [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: 'Hello' },
    { role: 'assistant', content: 'Hi there!' },
    { role: 'user', content: 'Tell me about the storm.' },
  ];

  it('marks the last system block, turning string content into one text part, and nothing else', () => {
    const out = withCacheMarkers(conversation, 'system', 1024);
    expect(out[0]).toEqual({ role: 'system', content: [{ type: 'text', text: SYSTEM, cache_control: ephemeral }] });
    expect(out.slice(1)).toEqual(conversation.slice(1));
    // The caller's messages are not touched.
    expect(conversation[0]?.content).toBe(SYSTEM);
  });

  it('with `conversation`, also marks the end of the history, never the new user turn', () => {
    const out = withCacheMarkers(conversation, 'conversation', 1024);
    expect(out[2]).toEqual({
      role: 'assistant',
      content: [{ type: 'text', text: 'Hi there!', cache_control: ephemeral }],
    });
    expect(out[3]).toEqual(conversation[3]);
  });

  it('marks the last text part of a multi-part system message, and keeps a client marker where it is', () => {
    const parts: ChatMessage[] = [
      {
        role: 'system',
        content: [
          { type: 'text', text: SYSTEM },
          { type: 'text', text: 'Memory: likes tea.' },
        ],
      },
      { role: 'user', content: 'hi' },
    ];
    expect(withCacheMarkers(parts, 'system', 0)[0]?.content).toEqual([
      { type: 'text', text: SYSTEM },
      { type: 'text', text: 'Memory: likes tea.', cache_control: ephemeral },
    ]);
    const clientMarked: ChatMessage[] = [
      { role: 'system', content: [{ type: 'text', text: SYSTEM, cache_control: { type: 'ephemeral', ttl: '1h' } }] },
      { role: 'user', content: 'hi' },
    ];
    expect(withCacheMarkers(clientMarked, 'system', 0)).toBe(clientMarked);
  });

  it('adds nothing when off, below the minimum cacheable prefix, or with four markers already', () => {
    expect(withCacheMarkers(conversation, 'off', 0)).toBe(conversation);
    const short: ChatMessage[] = [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'hi' },
    ];
    expect(withCacheMarkers(short, 'system', 1024)).toBe(short);
    const full: ChatMessage[] = [
      {
        role: 'user',
        content: [1, 2, 3, 4].map((n) => ({ type: 'text', text: `part ${n}`, cache_control: ephemeral })),
      },
      { role: 'system', content: SYSTEM },
      { role: 'user', content: 'hi' },
    ];
    expect(withCacheMarkers(full, 'system', 0)).toBe(full);
  });

  it('without a system message, `system` adds nothing', () => {
    const plain: ChatMessage[] = [{ role: 'user', content: 'hi' }];
    expect(withCacheMarkers(plain, 'system', 0)).toBe(plain);
  });
});
