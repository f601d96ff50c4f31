/**
 * `rung memory recent | summary | facts | search | delete`: a conversation's memory from the configured store,
 * as the HTTP endpoints show it. Delete is a dry run that prints counts unless `--confirm` is given.
 */
import { factsInForce, offlineEmbed } from '../core/memory/conversation-memory.js';
import { rankSummaries } from '../core/memory/recall.js';
import { RungError } from '../spec/errors.js';
import type { ConversationRef, MemoryStore } from '../spec/memory.js';
import { formatTable } from './check.js';

export interface MemoryOptions {
  user?: string | undefined;
  character?: string | undefined;
  session?: string | undefined;
  tenant?: string | undefined;
  query?: string | undefined;
  confirm?: boolean | undefined;
  history?: boolean | undefined;
  json?: boolean | undefined;
}

const USAGE = `rung memory recent|summary|facts|search|delete --user U [--character C] [--session S] [--tenant T]
  search: --q "words"   facts: [--history]   delete: dry run unless --confirm (without --character: every
  character of the user; with --session: that session only)`;

export async function runMemory(
  store: MemoryStore,
  action: string | undefined,
  options: MemoryOptions,
): Promise<string> {
  if (options.user === undefined) throw new RungError('RUNG_INVALID_REQUEST', `memory needs --user\n\n${USAGE}`);
  const tenant = options.tenant ?? '-';
  if (action === 'delete') {
    if (options.session !== undefined && options.character === undefined) {
      throw new RungError('RUNG_INVALID_REQUEST', '--session needs --character');
    }
    const scope = {
      tenant,
      user: options.user,
      ...(options.character === undefined ? {} : { character: options.character }),
      ...(options.session === undefined ? {} : { session: options.session }),
    };
    const counts = options.confirm ? await store.erase(scope) : await store.count(scope);
    if (options.json) return JSON.stringify({ deleted: options.confirm === true, scope, counts }, null, 2);
    const what = `${counts.messages} messages, ${counts.summaries} summaries, ${counts.facts} facts, ${counts.contexts} turn contexts`;
    return options.confirm ? `deleted ${what}` : `would delete ${what} (dry run: repeat with --confirm to delete)`;
  }
  if (options.character === undefined)
    throw new RungError('RUNG_INVALID_REQUEST', `memory ${action ?? ''} needs --character\n\n${USAGE}`);
  const ref: ConversationRef = {
    tenant,
    user: options.user,
    character: options.character,
    session: options.session ?? 'default',
  };
  switch (action) {
    case 'recent': {
      const messages = await store.recent(ref, 500);
      if (options.json) return JSON.stringify(messages, null, 2);
      if (messages.length === 0) return 'no recent messages';
      return formatTable([
        ['seq', 'time', 'role', 'content'],
        ...messages.map((message) => [
          String(message.seq),
          new Date(message.ts).toISOString().slice(0, 19).replace('T', ' '),
          message.role,
          message.content.replace(/\s+/g, ' ').slice(0, 100),
        ]),
      ]);
    }
    case 'summary': {
      const summary = await store.latestSummary(ref);
      if (options.json) return JSON.stringify(summary === null ? null : { ...summary, embedding: undefined }, null, 2);
      return summary === null ? 'no summary yet' : `messages ${summary.fromSeq}–${summary.toSeq}:\n${summary.text}`;
    }
    case 'facts': {
      const all = await store.facts(ref, { includeSuperseded: options.history === true });
      const facts = options.history ? all : factsInForce(all);
      if (options.json) return JSON.stringify(facts, null, 2);
      if (facts.length === 0) return 'no facts';
      return formatTable([
        ['key', 'value', 'scope', 'since', 'state'],
        ...facts.map((fact) => [
          fact.key,
          fact.value,
          fact.scope === 'session' ? `session ${fact.session}` : 'global',
          new Date(fact.createdAt).toISOString().slice(0, 10),
          fact.supersededBy === null ? 'in force' : `superseded by ${fact.supersededBy}`,
        ]),
      ]);
    }
    case 'search': {
      if (options.query === undefined || options.query.trim() === '') {
        throw new RungError('RUNG_INVALID_REQUEST', 'memory search needs --q "words to look for"');
      }
      const pool = await store.summaries(ref, 500);
      const ranked = rankSummaries(
        { text: options.query, vector: offlineEmbed(options.query) },
        pool.map((summary) => ({
          id: summary.id,
          text: summary.text,
          embedding: summary.embedding,
          createdAt: summary.createdAt,
        })),
        5,
      );
      const byId = new Map(pool.map((summary) => [summary.id, summary]));
      if (options.json)
        return JSON.stringify(
          ranked.map((hit) => ({ score: hit.score, text: byId.get(hit.id)?.text })),
          null,
          2,
        );
      if (ranked.length === 0) return 'no summaries yet';
      return ranked.map((hit) => `${hit.score.toFixed(3)}  ${byId.get(hit.id)?.text ?? ''}`).join('\n');
    }
    default:
      throw new RungError('RUNG_INVALID_REQUEST', `unknown memory action "${action ?? ''}"\n\n${USAGE}`);
  }
}
