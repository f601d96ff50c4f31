/**
 * Pipeline wrapper: conversational memory for turns that name a user and a character, when the config has a
 * `memory` block. See core/memory/conversation-memory.ts for what is read, assembled and written.
 */
import type { RungConfig } from '../../config/schema.js';
import type { ChatMessage, ChatResponse } from '../../spec/chat.js';
import type { ConversationRef } from '../../spec/memory.js';
import { messageText } from '../classify-answer.js';
import { assemble, type MemoryDeps, refOf, remember } from '../memory/conversation-memory.js';
import type { Handler, Turn, TurnResult, Wrapper } from '../turn.js';

export function memory(deps: MemoryDeps): Wrapper {
  // Conversations with background work in flight in this process (bounded in conversation-memory.ts).
  const pending = new Set<string>();
  const remembered = async (
    turn: Turn,
    config: NonNullable<RungConfig['memory']>,
    ref: ConversationRef,
    last: ChatMessage,
    next: Handler,
  ): Promise<TurnResult> => {
    const userText = messageText(last.content ?? '');
    let assembled: Awaited<ReturnType<typeof assemble>> | null = null;
    try {
      assembled = await assemble(turn, config, deps.store, ref);
    } catch (error) {
      // Memory that cannot be read leaves the turn without it; the turn itself is served.
      deps.onError?.(error, 'reading memory');
    }
    if (assembled !== null) {
      turn.request = { ...turn.request, messages: assembled.messages };
      turn.memory = {
        summaries: assembled.summaryIds.length,
        facts: assembled.factIds.length,
        recent: assembled.recentCount,
        tokens: assembled.tokens,
      };
      const context = {
        turnId: turn.id,
        ref,
        ts: turn.ts,
        recentCount: assembled.recentCount,
        summaryIds: assembled.summaryIds,
        factIds: assembled.factIds,
        tokens: assembled.tokens,
        text: assembled.text,
      };
      void deps.store.saveContext(context).catch((error: unknown) => deps.onError?.(error, 'saving a turn context'));
    }
    turn.captureText = true;
    const result = await next(turn);
    const save = (answer: string | undefined) => {
      if (answer === undefined || answer === '' || turn.flags.in_character || turn.flags.gated !== undefined) return;
      void remember(turn, config, deps, ref, userText, answer, pending).catch((error: unknown) =>
        deps.onError?.(error, 'writing memory'),
      );
    };
    if (result.kind === 'response') {
      const body = result.body as ChatResponse;
      const content = body.choices[0]?.message.content;
      save(content === undefined || content === null ? undefined : messageText(content));
    } else if (result.kind === 'stream') {
      turn.endHooks.push((ended) => {
        if (ended.status === 200) save(ended.streamedText);
      });
    }
    return result;
  };
  // Most turns have no memory to read: they go on from a plain function, without an async frame (see compose).
  return (next) => (turn) => {
    const config = turn.runtime.config.memory;
    const ref = refOf(turn);
    const last = turn.request.messages.at(-1);
    if (config === undefined || ref === null || turn.embedding !== null || last?.role !== 'user') return next(turn);
    return remembered(turn, config, ref, last, next);
  };
}
