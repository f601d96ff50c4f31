/**
 * Stored conversations for the memory-assembly section: what a conversation looks like after weeks of use
 * (a hot buffer of 20 messages, 1–4 window summaries with offline-embedder vectors, 2–6 facts), made
 * deterministically from its index so that the SQLite store and the Redis + PostgreSQL store hold the same
 * conversations, down to the ids, and an assembly can be compared between them.
 *
 * Texts come from the synthetic companion conversations (src/core/memory/synthetic-conversations.ts): a small
 * pool of them is generated and embedded once, and each stored conversation takes consecutive windows of one
 * pool conversation (its summaries, then the messages of the next window as its hot buffer) and one of that
 * conversation's later questions as the user's next message.
 *
 * Writing: the SQLite store is filled through its own API (addSummary, append, addFact), every call its own
 * transaction as on the request path. On Redis + PostgreSQL the hot buffer goes through the store's own append
 * (its Lua script, many calls in flight), and summaries and facts are bulk-inserted into the store's tables
 * (`INSERT … SELECT FROM unnest(...)`, hundreds of conversations per statement) with exactly the rows its
 * addSummary and addFact would write: one commit per call would take many minutes at this scale.
 */

import { inFlight } from './in-flight.mjs';

/** Messages per window, the hot buffer's length and the number the buffer keeps (the config defaults). */
export const WINDOW = 20;
const DAY = 86_400_000;
const TTL_MS = 30 * DAY;
const POOL_TURNS = 200;
const CHARACTERS = ['mira', 'jun', 'ada', 'noor'];
const FACT_VALUES = {
  name: ['Sam', 'Priya', 'Tomás', 'Aiko', 'Lena', 'Kofi', 'Marta', 'Jonas', 'Ines', 'Yusuf'],
  city: ['Leeds', 'Porto', 'Osaka', 'Lyon', 'Austin', 'Gdańsk', 'Bristol', 'Valencia'],
  favourite_drink: ['oat flat white', 'mint tea', 'Earl Grey', 'cold brew', 'hot chocolate', 'matcha latte'],
  timezone: ['Europe/London', 'America/Chicago', 'Asia/Tokyo', 'Europe/Berlin', 'Australia/Sydney'],
  pet_name: ['Biscuit', 'Domino', 'Pepper', 'Mochi', 'Rufus', 'Juniper'],
  job: ['UX researcher', 'night-shift nurse', 'carpenter', 'data analyst', 'primary school teacher'],
  partner_name: ['Elif', 'Dan', 'Sofia', 'Kenji', 'Amara', 'Luca'],
  birthday: ['14 March', '2 July', '30 October', '9 January', '21 May'],
  allergy: ['peanuts', 'cats', 'penicillin', 'shellfish'],
  hobby: ['bouldering', 'the Tuesday pub quiz', 'sourdough baking', 'chess', 'trail running'],
  sister_city: ['Glasgow', 'Lisbon', 'Toronto', 'Melbourne'],
  goal: ['run a half marathon in October', 'learn Spanish this year', 'save for a flat deposit'],
};
const SESSION_FACT_VALUES = {
  story_setting: ['a lighthouse on a northern island', 'a night market in Taipei', 'a train across Canada'],
  mood_today: ['tired after a long shift', 'excited about the weekend', 'anxious about an interview'],
};

/** A small seeded PRNG (mulberry32): conversation i's data depends only on i. */
function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (low, high) => low + Math.floor(next() * (high - low + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    hex: (length) => {
      let out = '';
      while (out.length < length)
        out += Math.floor(next() * 0x1_0000_0000)
          .toString(16)
          .padStart(8, '0');
      return out.slice(0, length);
    },
  };
}

const uuidLike = (rng) => {
  const hex = rng.hex(32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
};

/**
 * Generates and embeds the pool of synthetic conversations the stored ones draw their texts from.
 * @example const pool = buildPool({ generateConversations, createOfflineEmbedder, size: 120 })
 */
export function buildPool({ generateConversations, createOfflineEmbedder, size }) {
  const embedder = createOfflineEmbedder();
  const conversations = generateConversations({
    count: size,
    turnsPerConversation: POOL_TURNS,
    windowSize: WINDOW,
    seed: 20_250_707,
  });
  return conversations.map((conversation) => ({
    messages: conversation.messages,
    windows: conversation.windows.map((window) => ({ ...window, embedding: embedder.embed(window.summary) })),
    questions: conversation.questions.map((question) => question.text),
  }));
}

/**
 * Conversation `index` as the stores should hold it: its ref, summaries (in order), the hot buffer's messages,
 * the facts in the order they were stated (addFact order: a later fact with the same key supersedes an earlier
 * one), and the user's next message. `now` anchors the times, so two calls give the same conversation.
 * @example const conversation = conversationAt(42, pool, startedAt)
 */
export function conversationAt(index, pool, now) {
  const rng = random(0x5eed_0000 + index * 2_654_435_761);
  // Two conversations per user (with different characters), users spread over 16 tenants; 1 in 8 in a session.
  const userIndex = Math.floor(index / 2);
  const ref = {
    tenant: `tenant-${String(userIndex % 16).padStart(2, '0')}`,
    user: `user-${userIndex}`,
    character: CHARACTERS[(index % 2) + 2 * (userIndex % 2)],
    session: rng.next() < 0.125 ? `story-${rng.int(2, 9)}` : 'default',
  };
  const source = rng.pick(pool);
  const summaryCount = rng.int(1, 4);
  const firstWindow = rng.int(0, source.windows.length - summaryCount - 1);
  const age = summaryCount * DAY;
  const summaries = [];
  for (let window = 0; window < summaryCount; window++) {
    const from = source.windows[firstWindow + window];
    summaries.push({
      id: `sum_${uuidLike(rng)}`,
      ref,
      fromSeq: window * WINDOW + 1,
      toSeq: (window + 1) * WINDOW,
      text: from.summary,
      embedding: from.embedding,
      createdAt: now - age + window * DAY + rng.int(0, 3_600_000),
    });
  }
  // The hot buffer: the window after the summarised ones. Companion replies run longer than the pool's one-liners:
  // an assistant message joins two or three of them.
  const hotStart = (firstWindow + summaryCount) * WINDOW;
  const assistantLines = source.messages.filter((message) => message.role === 'assistant');
  const messages = [];
  let turnId = '';
  for (let offset = 0; offset < WINDOW; offset++) {
    const from = source.messages[hotStart + offset];
    if (from.role === 'user') turnId = `req_${rng.hex(24)}`;
    const content =
      from.role === 'user'
        ? from.content
        : [
            from.content,
            rng.pick(assistantLines).content,
            ...(rng.next() < 0.5 ? [rng.pick(assistantLines).content] : []),
          ].join(' ');
    messages.push({ role: from.role, content, ts: now - (WINDOW - offset) * 90_000, turnId });
  }
  const facts = [];
  const keys = Object.keys(FACT_VALUES);
  const factCount = rng.int(2, 6);
  const chosen = new Set();
  while (chosen.size < factCount) chosen.add(rng.pick(keys));
  let factTime = now - age;
  const addFact = (key, value, scope) => {
    factTime += rng.int(60_000, DAY / 2);
    facts.push({
      id: `fact_${uuidLike(rng)}`,
      tenant: ref.tenant,
      user: ref.user,
      character: ref.character,
      scope,
      session: scope === 'session' ? ref.session : null,
      key,
      value,
      sourceTurn: `req_${rng.hex(24)}`,
      createdAt: factTime,
      supersededBy: null,
      supersededAt: null,
    });
  };
  // One active fact in five is about this session only; one conversation in four changed its mind about
  // something, and the earlier fact stays as history (superseded).
  const sessionFact = rng.next() < 0.2;
  const globalKeys = [...chosen].slice(0, sessionFact ? factCount - 1 : factCount);
  if (rng.next() < 0.25) addFact(globalKeys[0], rng.pick(FACT_VALUES[globalKeys[0]]), 'global');
  for (const key of globalKeys) addFact(key, rng.pick(FACT_VALUES[key]), 'global');
  if (sessionFact) {
    const key = rng.pick(Object.keys(SESSION_FACT_VALUES));
    addFact(key, rng.pick(SESSION_FACT_VALUES[key]), 'session');
  }
  const query = source.questions.length > 0 ? rng.pick(source.questions) : source.messages[hotStart + 1].content;
  return { ref, summaries, messages, facts, query };
}

/** The facts as the store holds them after addFact in order: an earlier one with a later's key is superseded. */
function factsAsStored(facts) {
  const stored = facts.map((fact) => ({ ...fact }));
  for (let later = 1; later < stored.length; later++) {
    for (let earlier = 0; earlier < later; earlier++) {
      const [a, b] = [stored[earlier], stored[later]];
      if (a.supersededBy === null && a.key === b.key && a.scope === b.scope && a.session === b.session) {
        a.supersededBy = b.id;
        a.supersededAt = b.createdAt;
      }
    }
  }
  return stored;
}

/**
 * Fills the SQLite memory store through its API, one transaction per call as on the request path: summaries
 * first, then the hot buffer (so its seqs carry on after the summarised windows, as they would have), then facts.
 * Returns how many rows of each kind were written.
 * @example const written = await populateSqlite({ store, count: 100_000, pool, now })
 */
export async function populateSqlite({ store, count, pool, now, onProgress }) {
  const written = { summaries: 0, messages: 0, facts: 0 };
  for (let index = 0; index < count; index++) {
    const conversation = conversationAt(index, pool, now);
    for (const summary of conversation.summaries) {
      if (!(await store.addSummary(summary, Date.now()))) throw new Error(`summary ${summary.id} was refused`);
      written.summaries++;
    }
    const last = await store.append(conversation.ref, conversation.messages, WINDOW, TTL_MS);
    if (last !== (conversation.summaries.length + 1) * WINDOW) throw new Error(`conversation ${index}: seq ${last}`);
    written.messages += conversation.messages.length;
    for (const fact of conversation.facts) await store.addFact(fact);
    written.facts += conversation.facts.length;
    if ((index + 1) % 10_000 === 0) onProgress?.(index + 1);
  }
  return written;
}

/** Appends one row's values to the column arrays (unnest takes one array per column). */
function pushRow(columns, row) {
  for (let column = 0; column < row.length; column++) columns[column].push(row[column]);
}

const SUMMARY_INSERT = (schema) =>
  `INSERT INTO "${schema}".memory_summaries (id, tenant, "user", "character", session, from_seq, to_seq, text, embedding, created_at)
   SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::bigint[],
     $8::text[], $9::bytea[], $10::bigint[])`;
const FACT_INSERT = (schema) =>
  `INSERT INTO "${schema}".memory_facts (id, tenant, "user", "character", scope, session, key, value, source_turn,
     created_at, superseded_by, superseded_at)
   SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
     $8::text[], $9::text[], $10::bigint[], $11::text[], $12::bigint[])`;

/**
 * Bulk-inserts the summaries and facts of conversations [0, count) into the store's PostgreSQL tables (created
 * by the store's migration), `batch` conversations per statement, the rows its addSummary and addFact would
 * write. Returns the row counts.
 * @example await populatePostgres({ client, schema, count, pool, now })
 */
export async function populatePostgres({ client, schema, count, pool, now, batch = 400, onProgress }) {
  const written = { summaries: 0, facts: 0 };
  for (let start = 0; start < count; start += batch) {
    const summaryColumns = Array.from({ length: 10 }, () => []);
    const factColumns = Array.from({ length: 12 }, () => []);
    for (let index = start; index < Math.min(count, start + batch); index++) {
      const conversation = conversationAt(index, pool, now);
      const { tenant, user, character, session } = conversation.ref;
      for (const summary of conversation.summaries) {
        const row = [
          summary.id,
          tenant,
          user,
          character,
          session,
          summary.fromSeq,
          summary.toSeq,
          summary.text,
          Buffer.from(summary.embedding.buffer, summary.embedding.byteOffset, summary.embedding.byteLength),
          summary.createdAt,
        ];
        pushRow(summaryColumns, row);
      }
      for (const fact of factsAsStored(conversation.facts)) {
        const row = [
          fact.id,
          fact.tenant,
          fact.user,
          fact.character,
          fact.scope,
          fact.session,
          fact.key,
          fact.value,
          fact.sourceTurn,
          fact.createdAt,
          fact.supersededBy,
          fact.supersededAt,
        ];
        pushRow(factColumns, row);
      }
    }
    await client.query('BEGIN');
    written.summaries += (await client.query(SUMMARY_INSERT(schema), summaryColumns)).rowCount;
    written.facts += (await client.query(FACT_INSERT(schema), factColumns)).rowCount;
    await client.query('COMMIT');
    const done = Math.min(count, start + batch);
    if (Math.floor(done / 10_000) > Math.floor(start / 10_000)) onProgress?.(done);
  }
  return written;
}

/**
 * Writes the hot buffers through the store's append (Redis + PostgreSQL: no counter yet, so it reads the last
 * summarised seq from PostgreSQL and carries on from there), `concurrency` conversations in flight.
 * @example await populateBuffers({ store, count, pool, now })
 */
export async function populateBuffers({ store, count, pool, now, concurrency = 64, onProgress }) {
  let messages = 0;
  await inFlight(
    count,
    concurrency,
    async (index) => {
      const conversation = conversationAt(index, pool, now);
      const last = await store.append(conversation.ref, conversation.messages, WINDOW, TTL_MS);
      if (last !== (conversation.summaries.length + 1) * WINDOW) throw new Error(`conversation ${index}: seq ${last}`);
      messages += conversation.messages.length;
    },
    onProgress,
  );
  return { messages };
}
