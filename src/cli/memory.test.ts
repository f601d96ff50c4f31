import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationRef } from '../spec/memory.js';
import type { Stores } from '../spec/store.js';
import { openSqliteStores } from '../stores/sqlite/sqlite-stores.js';
import { runMemory } from './memory.js';

let stores: Stores;
const ref: ConversationRef = { tenant: 'acme', user: 'ann', character: 'mira', session: 'default' };

beforeEach(async () => {
  stores = openSqliteStores({ path: ':memory:' });
  const ts = Date.now();
  await stores.memory.append(
    ref,
    [
      { role: 'user', content: 'We named him Biscuit.', ts, turnId: 't1' },
      { role: 'assistant', content: 'What a lovely name!', ts, turnId: 't1' },
    ],
    20,
    86_400_000,
  );
  await stores.memory.append(
    { ...ref, user: 'bob' },
    [{ role: 'user', content: 'Hi', ts, turnId: 't2' }],
    20,
    86_400_000,
  );
  await stores.memory.addFact({
    id: 'f1',
    tenant: 'acme',
    user: 'ann',
    character: 'mira',
    scope: 'global',
    session: null,
    key: 'pet_name',
    value: 'Biscuit',
    sourceTurn: 't1',
    createdAt: ts,
    supersededBy: null,
    supersededAt: null,
  });
});
afterEach(async () => {
  await stores.close();
});

describe('rung memory', () => {
  const who = { tenant: 'acme', user: 'ann', character: 'mira' };

  it('shows recent messages and facts', async () => {
    expect(await runMemory(stores.memory, 'recent', who)).toMatch(/1 +\S+ \S+ +user +We named him Biscuit\./);
    expect(await runMemory(stores.memory, 'facts', who)).toMatch(/pet_name +Biscuit +global/);
    expect(await runMemory(stores.memory, 'summary', who)).toBe('no summary yet');
  });

  it('delete is a dry run unless confirmed, and removes only that user', async () => {
    expect(await runMemory(stores.memory, 'delete', who)).toBe(
      'would delete 2 messages, 0 summaries, 1 facts, 0 turn contexts (dry run: repeat with --confirm to delete)',
    );
    expect(await stores.memory.recent(ref, 10)).toHaveLength(2);
    expect(await runMemory(stores.memory, 'delete', { ...who, confirm: true })).toBe(
      'deleted 2 messages, 0 summaries, 1 facts, 0 turn contexts',
    );
    expect(await stores.memory.recent(ref, 10)).toEqual([]);
    expect(await stores.memory.recent({ ...ref, user: 'bob' }, 10)).toHaveLength(1);
  });

  it('names what is missing', async () => {
    await expect(runMemory(stores.memory, 'recent', { tenant: 'acme' })).rejects.toThrow(/needs --user/);
    await expect(runMemory(stores.memory, 'recent', { user: 'ann' })).rejects.toThrow(/needs --character/);
    await expect(runMemory(stores.memory, 'search', who)).rejects.toThrow(/needs --q/);
    await expect(runMemory(stores.memory, 'delete', { user: 'ann', session: 's' })).rejects.toThrow(
      '--session needs --character',
    );
  });
});
