/**
 * Conversational memory on the request path. Before a turn: the hot buffer, the latest summary, the top-K
 * recalled summaries and the durable facts are read in parallel and assembled into one memory block within
 * the plan's token budget, key facts first; the recent messages become the turn's history (unless the client
 * sent its own). What was injected is saved for `GET …/turns/{id}/context`. After a turn: the user message and
 * the answer go to the hot buffer in one step; in the background a window that aged out is summarised by the
 * summariser route, and facts are extracted from the user's message (never from injected memory or system
 * text) by the facts route. Full-history replay is never done.
 */
import { randomUUID } from 'node:crypto';
import { textTokensUpperBound } from '../../catalogue/count-tokens.js';
import type { RungConfig } from '../../config/schema.js';
import type { ChatMessage } from '../../spec/chat.js';
import type { ConversationRef, MemoryFact, MemoryMessage, MemoryStore, MemorySummary } from '../../spec/memory.js';
import type { LedgerStore } from '../../spec/store.js';
import { auxiliaryChat, auxiliaryEmbed } from '../auxiliary.js';
import { messageText } from '../classify-answer.js';
import type { Turn } from '../turn.js';
import { createOfflineEmbedder } from './offline-embedder.js';
import { rankSummaries } from './recall.js';

export type MemoryConfig = NonNullable<RungConfig['memory']>;

export interface MemoryDeps {
  store: MemoryStore;
  ledger: LedgerStore;
  now?: () => number;
  onError?: (error: unknown, doing: string) => void;
}

const offline = createOfflineEmbedder();
/** Summaries read for recall per turn: a conversation of months is a few hundred; more is never needed. */
const RECALL_POOL = 500;
/** Background work in flight per process, by conversation: a second trigger for the same one is skipped. */
const MAX_PENDING = 10_000;

export function refOf(turn: Turn): ConversationRef | null {
  if (turn.identity.user === null || turn.character === null) return null;
  return {
    tenant: turn.identity.tenant ?? '-',
    user: turn.identity.user,
    character: turn.character.id,
    session: turn.identity.session ?? 'default',
  };
}

function refKey(ref: ConversationRef): string {
  return [ref.tenant, ref.user, ref.character, ref.session].map(encodeURIComponent).join('/');
}

/** The built-in offline embedding of a text (lexical; see offline-embedder.ts). */
export function offlineEmbed(text: string): Float32Array {
  return offline.embed(text);
}

export async function embedText(turn: Turn, config: MemoryConfig, text: string): Promise<Float32Array> {
  return config.embedder === 'offline' ? offline.embed(text) : auxiliaryEmbed(turn, config.embedder.route, text);
}

/** Facts in force: a session fact overrides a global one with the same key. */
export function factsInForce(facts: readonly MemoryFact[]): MemoryFact[] {
  const byKey = new Map<string, MemoryFact>();
  for (const fact of facts) {
    if (fact.supersededBy !== null) continue;
    const held = byKey.get(fact.key);
    if (
      held === undefined ||
      (fact.scope === 'session' && held.scope === 'global') ||
      (fact.scope === held.scope && fact.createdAt > held.createdAt)
    ) {
      byKey.set(fact.key, fact);
    }
  }
  return [...byKey.values()].sort((a, b) => b.createdAt - a.createdAt);
}

export interface Assembled {
  /** The request's messages with the memory block (and, when the client sent no history, the recent ones). */
  messages: ChatMessage[];
  recentCount: number;
  summaryIds: string[];
  factIds: string[];
  tokens: number;
  text: string;
}

/** Reads the four layers in parallel and assembles them within `budget` tokens. */
export async function assemble(
  turn: Turn,
  config: MemoryConfig,
  store: MemoryStore,
  ref: ConversationRef,
): Promise<Assembled> {
  const messages = turn.request.messages;
  const last = messages.at(-1);
  const query = messageText(last?.content ?? '');
  const clientHistory =
    messages.filter((message) => message.role === 'user' || message.role === 'assistant').length > 1;
  const budget = turn.runtime.config.plans[turn.identity.plan]?.memory_tokens ?? config.default_tokens;

  // With recall on, the pool (newest first) already holds the latest summary: one read, not two.
  const [recent, pool, facts, vector] = await Promise.all([
    clientHistory ? Promise.resolve([] as MemoryMessage[]) : store.recent(ref, config.hot_messages),
    config.recall_k > 0 ? store.summaries(ref, RECALL_POOL) : store.summaries(ref, 1),
    store.facts(ref),
    config.recall_k > 0 && query !== '' ? embedText(turn, config, query) : Promise.resolve(null),
  ]);
  const latest = pool[0] ?? null;

  let left = budget;
  const take = (text: string): boolean => {
    const cost = textTokensUpperBound(text) + 2;
    if (cost > left) return false;
    left -= cost;
    return true;
  };
  const factIds: string[] = [];
  const factLines: string[] = [];
  for (const fact of factsInForce(facts)) {
    const line = `- ${fact.key.replaceAll('_', ' ')}: ${fact.value}`;
    if (!take(line)) break;
    factLines.push(line);
    factIds.push(fact.id);
  }
  const summaryIds: string[] = [];
  let summaryText = '';
  if (latest !== null && take(latest.text)) {
    summaryText = latest.text;
    summaryIds.push(latest.id);
  }
  const recalledLines: string[] = [];
  if (vector !== null && pool.length > 0) {
    const others = pool.filter((summary) => summary.id !== latest?.id);
    const ranked = rankSummaries(
      { text: query, vector },
      others.map((summary) => ({
        id: summary.id,
        text: summary.text,
        embedding: summary.embedding,
        createdAt: summary.createdAt,
      })),
      config.recall_k,
    );
    const byId = new Map(others.map((summary) => [summary.id, summary]));
    for (const hit of ranked) {
      const summary = byId.get(hit.id);
      if (summary === undefined || !take(summary.text)) continue;
      recalledLines.push(`- ${summary.text}`);
      summaryIds.push(summary.id);
    }
  }
  // Recent messages last, newest kept first: the budget drops the oldest.
  const history: ChatMessage[] = [];
  for (let index = recent.length - 1; index >= 0; index--) {
    const message = recent[index] as MemoryMessage;
    if (!take(message.content)) break;
    history.unshift({ role: message.role, content: message.content });
  }

  const sections: string[] = [];
  if (factLines.length > 0) sections.push(`What you know about the user:\n${factLines.join('\n')}`);
  if (summaryText !== '') sections.push(`Earlier in this conversation:\n${summaryText}`);
  if (recalledLines.length > 0) sections.push(`Older moments that may matter now:\n${recalledLines.join('\n')}`);
  const text =
    sections.length === 0
      ? ''
      : `[Memory of your conversation with this user. Use it naturally and never mention it. If the user's latest message contradicts it, the latest message wins.]\n\n${sections.join('\n\n')}`;

  const systems = messages.filter((message) => message.role === 'system' || message.role === 'developer');
  const rest = messages.filter((message) => message.role !== 'system' && message.role !== 'developer');
  const block: ChatMessage[] = text === '' ? [] : [{ role: 'system', content: text }];
  return {
    messages: [...systems, ...block, ...history, ...rest],
    recentCount: history.length,
    summaryIds,
    factIds,
    tokens: budget - left,
    text,
  };
}

/**
 * After a turn that answered: the user message and the answer to the hot buffer (one step), then, in the
 * background, the window that aged out is summarised and facts are extracted.
 */
export async function remember(
  turn: Turn,
  config: MemoryConfig,
  deps: MemoryDeps,
  ref: ConversationRef,
  userText: string,
  answer: string,
  pending: Set<string>,
): Promise<void> {
  const now = deps.now?.() ?? Date.now();
  const lastSeq = await deps.store.append(
    ref,
    [
      { role: 'user', content: userText, ts: now, turnId: turn.id },
      { role: 'assistant', content: answer, ts: now, turnId: turn.id },
    ],
    config.hot_messages,
    config.ttl_days * 86_400_000,
  );
  // Background work runs detached from the client: a closed connection must not cancel a summary.
  const detached: Turn = { ...turn, signal: new AbortController().signal, attempts: [], auxCostUsd: 0 };
  const key = refKey(ref);
  if (!pending.has(key) && pending.size < MAX_PENDING) {
    pending.add(key);
    void summariseIfDue(detached, config, deps, ref, lastSeq)
      .catch((error: unknown) => deps.onError?.(error, 'summarising a memory window'))
      .finally(() => pending.delete(key));
  }
  if (config.facts !== undefined && userText.trim() !== '') {
    void extractFacts(detached, config, deps, ref, userText).catch((error: unknown) =>
      deps.onError?.(error, 'extracting facts'),
    );
  }
}

/** Summarises the oldest unsummarised window once it has aged out of the hot buffer's view. */
export async function summariseIfDue(
  turn: Turn,
  config: MemoryConfig,
  deps: MemoryDeps,
  ref: ConversationRef,
  lastSeq: number,
): Promise<boolean> {
  const startedAt = deps.now?.() ?? Date.now();
  const done = await deps.store.summarisedUpTo(ref);
  if (lastSeq - done < config.hot_messages + config.window) return false;
  const fromSeq = done + 1;
  const toSeq = done + config.window;
  const window = await deps.store.window(ref, fromSeq, toSeq);
  if (window.length === 0) return false;
  const name = turn.character?.name ?? 'the character';
  const transcript = window
    .map((message) => `${message.role === 'user' ? 'User' : name}: ${message.content}`)
    .join('\n');
  const { result } = await auxiliaryChat(turn, {
    model: config.summariser.route,
    temperature: 0,
    max_tokens: 300,
    messages: [
      {
        role: 'system',
        content: `Summarise this part of a conversation between a user and ${name} in 60 to 120 words. Keep names, numbers, dates, places, preferences and feelings with their reasons. Write in the conversation's language. Answer with the summary only.`,
      },
      { role: 'user', content: transcript },
    ],
  });
  const text = messageText(result.response.choices[0]?.message.content ?? '').trim();
  chargeBackground(turn, deps, 'summary', config.summariser.route);
  // An empty or failed summary is never stored: the window stays due and is tried again next turn.
  if (text === '') return false;
  const summary: MemorySummary = {
    id: `sum_${randomUUID()}`,
    ref,
    fromSeq,
    toSeq,
    text,
    embedding: await embedText(turn, config, text),
    createdAt: deps.now?.() ?? Date.now(),
  };
  return deps.store.addSummary(summary, startedAt);
}

const FACT_KEY = /^[a-z][a-z0-9_]{0,47}$/;

/** Parses the facts route's answer: one JSON object per line, `{ key, value, scope }`. */
export function parseFacts(text: string): Array<{ key: string; value: string; scope: 'global' | 'session' }> {
  const out: Array<{ key: string; value: string; scope: 'global' | 'session' }> = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim().replace(/,$/, '');
    if (!trimmed.startsWith('{')) continue;
    try {
      const parsed = JSON.parse(trimmed) as { key?: unknown; value?: unknown; scope?: unknown };
      if (typeof parsed.key !== 'string' || typeof parsed.value !== 'string') continue;
      const key = parsed.key
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_');
      const value = parsed.value.trim();
      if (!FACT_KEY.test(key) || value === '' || value.length > 300) continue;
      out.push({ key, value, scope: parsed.scope === 'session' ? 'session' : 'global' });
    } catch {
      // not a fact line
    }
  }
  return out.slice(0, 20);
}

export async function extractFacts(
  turn: Turn,
  config: MemoryConfig,
  deps: MemoryDeps,
  ref: ConversationRef,
  userText: string,
): Promise<number> {
  const route = config.facts?.route;
  if (route === undefined) return 0;
  const { result } = await auxiliaryChat(turn, {
    model: route,
    temperature: 0,
    max_tokens: 300,
    messages: [
      {
        role: 'system',
        content:
          'Extract durable facts the user states about themselves in their message: name, preferences, relationships, pets, places, dates, plans. Answer only with JSON lines like {"key": "snake_case_key", "value": "...", "scope": "global"} (scope "session" for facts about this conversation only), or with nothing if there are none.',
      },
      { role: 'user', content: userText.slice(0, 4000) },
    ],
  });
  chargeBackground(turn, deps, 'facts', route);
  const now = deps.now?.() ?? Date.now();
  const facts = parseFacts(messageText(result.response.choices[0]?.message.content ?? ''));
  for (const fact of facts) {
    await deps.store.addFact({
      id: `fact_${randomUUID()}`,
      tenant: ref.tenant,
      user: ref.user,
      character: ref.character,
      scope: fact.scope,
      session: fact.scope === 'session' ? ref.session : null,
      key: fact.key,
      value: fact.value,
      sourceTurn: turn.id,
      createdAt: now,
      supersededBy: null,
      supersededAt: null,
    });
  }
  return facts.length;
}

/** Background calls are spend like any other: each goes to the ledger as its own entry. */
function chargeBackground(turn: Turn, deps: MemoryDeps, what: string, route: string): void {
  const cost = turn.auxCostUsd;
  turn.auxCostUsd = 0;
  if (cost === 0) return;
  deps.ledger.append({
    id: `${turn.id}:memory-${what}:${randomUUID().slice(0, 8)}`,
    ts: deps.now?.() ?? Date.now(),
    tenant: turn.identity.tenant,
    user: turn.identity.user,
    key_id: turn.identity.keyId ?? turn.identity.keyName,
    plan: turn.identity.plan,
    route,
    model: null,
    cost_usd: cost,
    fallback_usd: 0,
    rescue_usd: 0,
    aux_usd: cost,
    cache_savings_usd: 0,
    prompt_tokens: 0,
    completion_tokens: 0,
    cached_tokens: 0,
    estimated: false,
  });
}
