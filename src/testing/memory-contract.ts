/**
 * The MemoryStore contract, written once and run against every implementation (SQLite; Redis + PostgreSQL).
 * Each implementation's test file calls `runMemoryContract` with a factory building a store on the clock it is
 * given: the suite moves time with it (buffers expiring, resets before a summary lands), so nothing sleeps. The
 * clock starts at the real time and the TTLs used are long, because Redis also expires keys on its own clock.
 *
 * A backend may keep its data between tests (one file, one schema, one Redis), so every test works in tenants
 * of its own and never counts rows it did not write.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  ConversationRef,
  DeletionCounts,
  DeletionScope,
  MemoryFact,
  MemoryMessage,
  MemoryStore,
  MemorySummary,
  TurnContext,
} from '../spec/memory.js';

const MINUTE = 60_000;
const TTL = 10 * MINUTE;

/**
 * @example
 * runMemoryContract('sqlite file', async (now) => createSqliteMemoryStore(openTempDatabase(), { now }));
 */
export function runMemoryContract(
  name: string,
  create: (now: () => number) => Promise<MemoryStore> | MemoryStore,
): void {
  describe(`memory contract: ${name}`, () => {
    let store: MemoryStore;
    let time = 0;
    const now = () => time;
    const advance = (ms: number) => {
      time += ms;
    };
    const run = randomUUID().slice(0, 8);
    let sequence = 0;
    const unique = (label: string) => `${label}-${run}-${++sequence}`;
    /** A conversation in a tenant no other test uses. */
    const conversation = (overrides: Partial<ConversationRef> = {}): ConversationRef => ({
      tenant: unique('tenant'),
      user: 'user-1',
      character: 'mira',
      session: 'default',
      ...overrides,
    });
    const message = (content: string, role: MemoryMessage['role'] = 'user'): Omit<MemoryMessage, 'seq'> => ({
      role,
      content,
      ts: time,
      turnId: unique('req'),
    });
    const messages = (count: number, label = 'm') =>
      Array.from({ length: count }, (_, index) => message(`${label} ${index + 1}`, index % 2 ? 'assistant' : 'user'));
    const summary = (ref: ConversationRef, fromSeq: number, toSeq: number, text = 'they talked'): MemorySummary => {
      const embedding = new Float32Array([0.6, 0.8, 0]);
      return { id: unique('sum'), ref, fromSeq, toSeq, text, embedding, createdAt: time };
    };
    const fact = (ref: ConversationRef, overrides: Partial<MemoryFact> = {}): MemoryFact => ({
      id: unique('fact'),
      tenant: ref.tenant,
      user: ref.user,
      character: ref.character,
      scope: 'global',
      session: null,
      key: 'name',
      value: 'Ada',
      sourceTurn: unique('req'),
      createdAt: time,
      supersededBy: null,
      supersededAt: null,
      ...overrides,
    });
    const context = (ref: ConversationRef, overrides: Partial<TurnContext> = {}): TurnContext => ({
      turnId: unique('req'),
      ref,
      ts: time,
      recentCount: 4,
      summaryIds: ['sum-a'],
      factIds: ['fact-a', 'fact-b'],
      tokens: 321,
      text: 'What you remember:\n- their name is Ada',
      ...overrides,
    });
    const seqs = (list: MemoryMessage[]) => list.map((item) => item.seq);

    beforeEach(async () => {
      time = Date.now();
      store = await create(now);
    });
    afterEach(async () => {
      await store.close();
    });

    describe('hot buffer', () => {
      it('appends in order, numbering from 1, and returns the newest oldest first', async () => {
        const ref = conversation();
        const first = [message('hello'), message('hi, I am Mira', 'assistant')];
        expect(await store.append(ref, first, 10, TTL)).toBe(2);
        advance(1_000);
        const third = message('how are you?');
        expect(await store.append(ref, [third], 10, TTL)).toBe(3);
        expect(await store.recent(ref, 10)).toEqual([
          { ...first[0], seq: 1 },
          { ...first[1], seq: 2 },
          { ...third, seq: 3 },
        ]);
        expect((await store.recent(ref, 2)).map((item) => item.content)).toEqual(['hi, I am Mira', 'how are you?']);
        expect(await store.recent(ref, 0)).toEqual([]);
      });

      it('trims to `keep` newest once the older messages are summarised', async () => {
        const ref = conversation();
        await store.append(ref, messages(6), 3, TTL);
        expect(await store.addSummary(summary(ref, 1, 6), time)).toBe(true);
        expect(await store.append(ref, messages(2, 'late'), 3, TTL)).toBe(8);
        expect(seqs(await store.recent(ref, 10))).toEqual([6, 7, 8]);
        expect(seqs(await store.window(ref, 1, 8))).toEqual([6, 7, 8]);
      });

      it('keeps the window waiting for its summary, but never more than keep * 4', async () => {
        const ref = conversation();
        await store.append(ref, messages(10), 4, TTL);
        // Nothing summarised: all ten stay, though keep is 4.
        expect(seqs(await store.window(ref, 1, 10))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        expect(seqs(await store.window(ref, 3, 5))).toEqual([3, 4, 5]);
        expect(await store.addSummary(summary(ref, 1, 8), time)).toBe(true);
        await store.append(ref, messages(1), 4, TTL);
        // Summarised up to 8: keep 4 newest (8..11), the rest was summarised.
        expect(seqs(await store.recent(ref, 20))).toEqual([8, 9, 10, 11]);
        expect(seqs(await store.window(ref, 1, 8))).toEqual([8]);

        const stuck = conversation();
        expect(await store.append(stuck, messages(30), 4, TTL)).toBe(30);
        expect(seqs(await store.recent(stuck, 100))).toEqual(Array.from({ length: 16 }, (_, index) => index + 15));
      });

      it('expires the buffer `ttlMs` after the last append, each append renewing it', async () => {
        const ref = conversation();
        await store.append(ref, messages(2), 10, TTL);
        advance(TTL - 1_000);
        await store.append(ref, messages(1), 10, TTL);
        advance(TTL - 1_000);
        expect(seqs(await store.recent(ref, 10))).toEqual([1, 2, 3]);
        advance(1_001);
        expect(await store.recent(ref, 10)).toEqual([]);
        expect(await store.window(ref, 1, 3)).toEqual([]);
        expect((await store.count({ tenant: ref.tenant, user: ref.user })).messages).toBe(0);
      });

      it('starts an expired conversation afresh, after the seqs already summarised', async () => {
        const ref = conversation();
        await store.append(ref, messages(4), 10, TTL);
        expect(await store.addSummary(summary(ref, 1, 4), time)).toBe(true);
        advance(TTL + 1);
        const seq = await store.append(ref, [message('back again')], 10, TTL);
        expect(seq).toBeGreaterThan(4);
        expect(await store.recent(ref, 10)).toEqual([expect.objectContaining({ seq, content: 'back again' })]);
        expect(await store.summarisedUpTo(ref)).toBe(4);
      });

      it('reads an unknown conversation as empty', async () => {
        const ref = conversation();
        expect(await store.recent(ref, 10)).toEqual([]);
        expect(await store.window(ref, 1, 100)).toEqual([]);
        expect(await store.summarisedUpTo(ref)).toBe(0);
        expect(await store.latestSummary(ref)).toBeNull();
        expect(await store.summaries(ref, 10)).toEqual([]);
        expect(await store.facts(ref)).toEqual([]);
        expect(await store.facts(ref, { includeSuperseded: true })).toEqual([]);
        expect(await store.context(ref.tenant, 'req-unknown')).toBeNull();
        expect(await store.count({ tenant: ref.tenant, user: ref.user })).toEqual(zero);
      });

      it('keeps sessions, characters and tenants apart, even when an id holds the separator', async () => {
        const ref = conversation({ user: 'a:b', character: 'c' });
        const twisted = { ...ref, user: 'a', character: 'b:c' };
        const percent = { ...ref, user: 'a%3Ab', character: 'c' };
        const session = { ...ref, session: 'other' };
        const tenant = { ...ref, tenant: unique('tenant') };
        await store.append(ref, [message('mine')], 10, TTL);
        for (const other of [twisted, percent, session, tenant]) {
          expect(await store.recent(other, 10)).toEqual([]);
          expect(await store.append(other, [message('theirs')], 10, TTL)).toBe(1);
        }
        expect((await store.recent(ref, 10)).map((item) => item.content)).toEqual(['mine']);
      });
    });

    describe('summaries', () => {
      it('stores a summary with its embedding and reads it back newest first', async () => {
        const ref = conversation();
        await store.append(ref, messages(8), 4, TTL);
        const first = summary(ref, 1, 4, 'they met');
        const second = { ...summary(ref, 5, 8, 'they argued'), embedding: new Float32Array([1, 0, 0, 0.125]) };
        expect(await store.addSummary(first, time)).toBe(true);
        expect(await store.addSummary(second, time)).toBe(true);
        expect(await store.summarisedUpTo(ref)).toBe(8);
        expect(await store.latestSummary(ref)).toEqual(second);
        expect(await store.summaries(ref, 10)).toEqual([second, first]);
        expect(await store.summaries(ref, 1)).toEqual([second]);
        const embedding = (await store.latestSummary(ref))?.embedding;
        expect(embedding).toBeInstanceOf(Float32Array);
      });

      it('stores one summary per window: a second, or an older one, is refused', async () => {
        const ref = conversation();
        await store.append(ref, messages(8), 4, TTL);
        expect(await store.addSummary(summary(ref, 1, 8), time)).toBe(true);
        expect(await store.addSummary(summary(ref, 1, 8, 'again'), time)).toBe(false);
        expect(await store.addSummary(summary(ref, 1, 4, 'older'), time)).toBe(false);
        expect(await store.summaries(ref, 10)).toHaveLength(1);
      });

      it('lets exactly one of two concurrent summarisers of the same window store', async () => {
        const ref = conversation();
        await store.append(ref, messages(10), 5, TTL);
        const startedAt = time;
        const results = await Promise.all([
          store.addSummary(summary(ref, 1, 10, 'first'), startedAt),
          store.addSummary(summary(ref, 1, 10, 'second'), startedAt),
          store.addSummary(summary(ref, 1, 10, 'third'), startedAt),
        ]);
        expect(results.filter(Boolean)).toHaveLength(1);
        const stored = await store.summaries(ref, 10);
        expect(stored).toHaveLength(1);
        expect(stored[0]?.text).toBe(['first', 'second', 'third'][results.indexOf(true)]);
      });

      it('writes nothing when the conversation is erased while the summary was being made', async () => {
        const ref = conversation();
        await store.append(ref, messages(6), 3, TTL);
        const startedAt = time;
        const window = await store.window(ref, 1, 6);
        expect(window).toHaveLength(6);
        advance(50);
        await store.erase({ tenant: ref.tenant, user: ref.user, character: ref.character, session: ref.session });
        advance(50);
        expect(await store.addSummary(summary(ref, 1, 6), startedAt)).toBe(false);
        expect(await store.summaries(ref, 10)).toEqual([]);
        expect(await store.summarisedUpTo(ref)).toBe(0);
        // A wider erase (the whole user) stops it as well.
        const other = { ...ref, character: 'zed' };
        await store.append(other, messages(6), 3, TTL);
        const otherStart = time;
        advance(50);
        await store.erase({ tenant: ref.tenant, user: ref.user });
        advance(50);
        expect(await store.addSummary(summary(other, 1, 6), otherStart)).toBe(false);
        // A summariser that started after the erase works on the new conversation.
        expect(await store.append(ref, messages(2), 3, TTL)).toBe(2);
        expect(await store.addSummary(summary(ref, 1, 2), time)).toBe(true);
      });

      it('never keeps a summary started before an erase running at the same moment', async () => {
        for (let round = 0; round < 10; round++) {
          const ref = conversation();
          await store.append(ref, messages(4), 3, TTL);
          const startedAt = time;
          advance(10);
          const [stored, erased] = await Promise.all([
            store.addSummary(summary(ref, 1, 4), startedAt),
            store.erase({ tenant: ref.tenant, user: ref.user }),
          ]);
          // Either the erase came first (refused) or the summary did (and the erase took it).
          expect(erased.summaries).toBe(stored ? 1 : 0);
          expect(await store.summaries(ref, 10)).toEqual([]);
        }
      });

      it('is not stopped by an erase of another session, character, user or tenant', async () => {
        const ref = conversation();
        await store.append(ref, messages(4), 3, TTL);
        const startedAt = time;
        advance(50);
        await store.erase({ tenant: ref.tenant, user: ref.user, character: ref.character, session: 'other' });
        await store.erase({ tenant: ref.tenant, user: ref.user, character: 'zed' });
        await store.erase({ tenant: ref.tenant, user: 'user-2' });
        await store.erase({ tenant: unique('tenant'), user: ref.user });
        advance(50);
        expect(await store.addSummary(summary(ref, 1, 4), startedAt)).toBe(true);
      });
    });

    describe('facts', () => {
      it('returns the session facts of this session and the global ones, for the caller to rank', async () => {
        const ref = conversation();
        const global = fact(ref, { value: 'Ada' });
        advance(1);
        const local = fact(ref, { scope: 'session', session: ref.session, value: 'Captain' });
        const elsewhere = fact(ref, { scope: 'session', session: 'other', key: 'mood', value: 'grumpy' });
        for (const item of [global, local, elsewhere]) await store.addFact(item);
        expect(await store.facts(ref)).toEqual([global, local]);
        expect(await store.facts({ ...ref, session: 'other' })).toEqual([global, elsewhere]);
        expect(await store.facts({ ...ref, character: 'zed' })).toEqual([]);
      });

      it('supersedes the active fact with the same key and scope, keeping it as history', async () => {
        const ref = conversation();
        const first = fact(ref, { value: 'Ada' });
        await store.addFact(first);
        advance(1_000);
        const second = fact(ref, { value: 'Ada Lovelace' });
        await store.addFact(second);
        advance(1);
        const sessionFact = fact(ref, { scope: 'session', session: ref.session, value: 'Countess' });
        await store.addFact(sessionFact);
        expect(await store.facts(ref)).toEqual([second, sessionFact]);
        const history = await store.facts(ref, { includeSuperseded: true });
        expect(history).toEqual([
          { ...first, supersededBy: second.id, supersededAt: second.createdAt },
          second,
          sessionFact,
        ]);
        // Adding the same fact again (a retry) changes nothing.
        await store.addFact(second);
        expect(await store.facts(ref, { includeSuperseded: true })).toEqual(history);
      });

      it('keeps one active fact per key under concurrent writers', async () => {
        const ref = conversation();
        const writers = Array.from({ length: 5 }, (_, index) => fact(ref, { value: `v${index}` }));
        await Promise.all(writers.map((item) => store.addFact(item)));
        expect(await store.facts(ref)).toHaveLength(1);
        const history = await store.facts(ref, { includeSuperseded: true });
        expect(history).toHaveLength(5);
        expect(history.filter((item) => item.supersededBy === null)).toHaveLength(1);
      });
    });

    describe('tenants', () => {
      it('never shows one tenant what another stored under the same user and character', async () => {
        const mine = conversation();
        const theirs = { ...mine, tenant: unique('tenant') };
        await store.append(mine, [message('secret')], 10, TTL);
        await store.addSummary(summary(mine, 1, 1), time);
        await store.addFact(fact(mine));
        const turn = context(mine);
        await store.saveContext(turn);

        expect(await store.recent(theirs, 10)).toEqual([]);
        expect(await store.window(theirs, 1, 10)).toEqual([]);
        expect(await store.summaries(theirs, 10)).toEqual([]);
        expect(await store.summarisedUpTo(theirs)).toBe(0);
        expect(await store.facts(theirs, { includeSuperseded: true })).toEqual([]);
        expect(await store.context(theirs.tenant, turn.turnId)).toBeNull();
        expect(await store.count({ tenant: theirs.tenant, user: theirs.user })).toEqual(zero);

        // Their erase leaves mine whole; their append starts their own count.
        expect(await store.erase({ tenant: theirs.tenant, user: theirs.user })).toEqual(zero);
        expect(await store.append(theirs, [message('other')], 10, TTL)).toBe(1);
        expect(await store.count({ tenant: mine.tenant, user: mine.user })).toEqual({
          messages: 1,
          summaries: 1,
          facts: 1,
          contexts: 1,
        });
      });
    });

    describe('turn contexts', () => {
      it('reads a context back with its tenant only', async () => {
        const ref = conversation();
        const turn = context(ref);
        await store.saveContext(turn);
        expect(await store.context(ref.tenant, turn.turnId)).toEqual(turn);
        expect(await store.context(unique('tenant'), turn.turnId)).toBeNull();
        const empty = context(ref, { summaryIds: [], factIds: [], text: '', tokens: 0, recentCount: 0 });
        await store.saveContext(empty);
        expect(await store.context(ref.tenant, empty.turnId)).toEqual(empty);
      });

      it('lets the same turn id live in two tenants without either overwriting the other', async () => {
        const mine = conversation();
        const theirs = { ...mine, tenant: unique('tenant') };
        const turnId = unique('req');
        await store.saveContext(context(mine, { turnId, text: 'mine' }));
        await store.saveContext(context(theirs, { turnId, text: 'theirs' }));
        expect((await store.context(mine.tenant, turnId))?.text).toBe('mine');
        expect((await store.context(theirs.tenant, turnId))?.text).toBe('theirs');
      });
    });

    describe('erasure', () => {
      /**
       * Two tenants × two users × two characters × two sessions, each conversation holding 3 messages, one
       * summary, one session fact and two contexts, plus one global fact (with a superseded one) per
       * (user, character).
       */
      const populate = async () => {
        const tenants = [unique('tenant'), unique('tenant')];
        const refs: ConversationRef[] = [];
        for (const tenant of tenants)
          for (const user of ['u1', 'u2'])
            for (const character of ['c1', 'c2'])
              for (const session of ['s1', 's2']) refs.push({ tenant, user, character, session });
        for (const ref of refs) {
          await store.append(ref, messages(3), 10, TTL);
          expect(await store.addSummary(summary(ref, 1, 2), time)).toBe(true);
          await store.addFact(fact(ref, { scope: 'session', session: ref.session, key: 'mood' }));
          await store.saveContext(context(ref));
          await store.saveContext(context(ref));
          if (ref.session === 's1') {
            await store.addFact(fact(ref, { value: 'old' }));
            await store.addFact(fact(ref, { value: 'new' }));
          }
        }
        return { tenants, refs };
      };
      /** What one conversation's session scope holds; global facts belong to the (user, character). */
      const perSession: DeletionCounts = { messages: 3, summaries: 1, facts: 1, contexts: 2 };
      const times = (counts: DeletionCounts, factor: number, globalFacts: number): DeletionCounts => ({
        messages: counts.messages * factor,
        summaries: counts.summaries * factor,
        facts: counts.facts * factor + globalFacts,
        contexts: counts.contexts * factor,
      });
      const sessionScope = (ref: ConversationRef): DeletionScope => ({ ...ref });
      const snapshot = async (refs: ConversationRef[]) =>
        Promise.all(refs.map((ref) => store.count(sessionScope(ref))));

      it('counts exactly what erase then removes', async () => {
        const { tenants } = await populate();
        const scope = { tenant: tenants[0] as string, user: 'u1' };
        const counted = await store.count(scope);
        expect(counted).toEqual(times(perSession, 4, 4));
        expect(await store.erase(scope)).toEqual(counted);
        expect(await store.count(scope)).toEqual(zero);
        expect(await store.erase(scope)).toEqual(zero);
      });

      it('erases one session and nothing of another session, character, user or tenant', async () => {
        const { refs } = await populate();
        const target = refs[0] as ConversationRef;
        const before = await snapshot(refs);
        expect(await store.erase(sessionScope(target))).toEqual(perSession);
        const after = await snapshot(refs);
        refs.forEach((ref, index) => {
          expect(after[index]).toEqual(ref === target ? zero : before[index]);
        });
        // The global facts of the (user, character) are not the session's to erase.
        expect(await store.facts(target)).toEqual([expect.objectContaining({ key: 'name', value: 'new' })]);
        expect(await store.recent(target, 10)).toEqual([]);
        expect(await store.latestSummary(target)).toBeNull();
        expect(await store.recent({ ...target, session: 's2' }, 10)).toHaveLength(3);
      });

      it('erases a (user, character) and nothing of another character, user or tenant', async () => {
        const { refs } = await populate();
        const target = refs[0] as ConversationRef;
        const scope = { tenant: target.tenant, user: target.user, character: target.character };
        const before = await snapshot(refs);
        expect(await store.erase(scope)).toEqual(times(perSession, 2, 2));
        const after = await snapshot(refs);
        refs.forEach((ref, index) => {
          const inScope =
            ref.tenant === target.tenant && ref.user === target.user && ref.character === target.character;
          expect(after[index]).toEqual(inScope ? zero : before[index]);
        });
        expect(await store.facts(target, { includeSuperseded: true })).toEqual([]);
        expect(await store.facts({ ...target, character: 'c2' })).toHaveLength(2);
      });

      it('erases a user and nothing of another user or tenant', async () => {
        const { refs } = await populate();
        const target = refs[0] as ConversationRef;
        const before = await snapshot(refs);
        expect(await store.erase({ tenant: target.tenant, user: target.user })).toEqual(times(perSession, 4, 4));
        const after = await snapshot(refs);
        refs.forEach((ref, index) => {
          const inScope = ref.tenant === target.tenant && ref.user === target.user;
          expect(after[index]).toEqual(inScope ? zero : before[index]);
        });
        for (const ref of refs.filter((item) => item.tenant === target.tenant && item.user === target.user)) {
          expect(await store.recent(ref, 10)).toEqual([]);
          expect(await store.facts(ref, { includeSuperseded: true })).toEqual([]);
        }
        const other = { ...target, tenant: refs[refs.length - 1]?.tenant as string };
        expect(await store.count({ tenant: other.tenant, user: target.user })).toEqual(times(perSession, 4, 4));
      });

      it('takes the erased turns’ contexts away', async () => {
        const ref = conversation();
        const turn = context(ref);
        await store.saveContext(turn);
        await store.erase({ tenant: ref.tenant, user: ref.user, character: ref.character });
        expect(await store.context(ref.tenant, turn.turnId)).toBeNull();
      });

      it('starts an erased conversation again from seq 1', async () => {
        const ref = conversation();
        await store.append(ref, messages(5), 10, TTL);
        await store.erase({ tenant: ref.tenant, user: ref.user });
        expect(await store.append(ref, [message('fresh start')], 10, TTL)).toBe(1);
        expect(await store.recent(ref, 10)).toEqual([expect.objectContaining({ seq: 1, content: 'fresh start' })]);
      });

      it('refuses a scope that would be wider than it says: blank parts, a session without its character', async () => {
        const ref = conversation();
        await store.append(ref, messages(1), 10, TTL);
        const bad: DeletionScope[] = [
          { tenant: ref.tenant, user: '' },
          { tenant: '', user: ref.user },
          { tenant: ref.tenant, user: ref.user, character: '' },
          { tenant: ref.tenant, user: ref.user, session: ref.session },
        ];
        for (const scope of bad) {
          await expect(store.erase(scope)).rejects.toThrow(RangeError);
          await expect(store.count(scope)).rejects.toThrow(RangeError);
        }
        expect(await store.recent(ref, 10)).toHaveLength(1);
      });
    });
  });
}

const zero: DeletionCounts = { messages: 0, summaries: 0, facts: 0, contexts: 0 };
