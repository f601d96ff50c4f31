/**
 * Pipeline wrapper: content gating before any model. The latest user message is classified into the ordered
 * content classes (rules per language, or a classification route); a turn above the plan's ceiling calls no
 * model: the character declines in character (`gated` in the report, with the plan that would allow it), or
 * the route answers 409 RUNG_CONTENT_LEVEL_EXCEEDED. The models never need to know plans exist.
 */
import type { RungConfig } from '../../config/schema.js';
import type { ChatRequest } from '../../spec/chat.js';
import { isRungError, RungError } from '../../spec/errors.js';
import { auxiliaryChat } from '../auxiliary.js';
import { latestUserText, messageText } from '../classify-answer.js';
import { conversationLanguage } from '../language/detect-language.js';
import { softResult, softStream } from '../soft-answer.js';
import { streamOutput } from '../stream-output.js';
import { type Handler, rungHeaders, rungMeta, type Turn, type TurnResult, type Wrapper } from '../turn.js';

export const gate: Wrapper = (next) => (turn) => {
  const ceiling = turn.runtime.config.plans[turn.identity.plan]?.content_ceiling;
  // Most turns are not gated: they go on from this plain function, without an async frame (see compose).
  if (ceiling === undefined || turn.embedding !== null || turn.chain?.gated === false) return next(turn);
  return gated(turn, ceiling, next);
};

async function gated(turn: Turn, ceiling: string, next: Handler): Promise<TurnResult> {
  const config = turn.runtime.config;
  const text = latestUserText(turn.request.messages);
  if (text === '') return next(turn);
  const language = conversationLanguage(turn.request.messages, config.content.default_language);
  const classes = config.content.classes;
  const verdict =
    config.content.classifier === 'rules'
      ? turn.runtime.content.classify(text, language)
      : ((await classifyByRoute(turn, config.content.classifier.route, text)) ??
        turn.runtime.content.classify(text, language));
  if (verdict.index <= classes.indexOf(ceiling)) return next(turn);

  const gated = { level: verdict.level, ceiling, allowed_by: planAllowing(config, verdict.index) };
  turn.flags.gated = gated;
  if (turn.chain?.onContentExceeded === 'error') {
    throw new RungError(
      'RUNG_CONTENT_LEVEL_EXCEEDED',
      `this turn is "${verdict.level}", above the "${ceiling}" ceiling of plan "${turn.identity.plan}"${
        gated.allowed_by === null ? '' : `; plan "${gated.allowed_by}" allows it`
      }`,
      { details: gated },
    );
  }
  if (turn.stream) {
    return {
      kind: 'stream',
      headers: rungHeaders(turn),
      events: streamOutput(turn, softStream(turn), turn.encoder(turn)),
    };
  }
  const result = softResult(turn);
  const meta = rungMeta(turn);
  return { kind: 'response', body: { ...result.response, rung: meta }, meta };
}

/** The cheapest-sounding answer to "which plan allows this": the first configured plan whose ceiling reaches it. */
function planAllowing(config: RungConfig, index: number): string | null {
  for (const [name, plan] of Object.entries(config.plans)) {
    const ceiling = plan.content_ceiling;
    if (ceiling === undefined || config.content.classes.indexOf(ceiling) >= index) return name;
  }
  return null;
}

/**
 * Asks the classification route (a small model) which class the message is. Its attempts join the turn's report
 * and its cost the turn's; an answer that names no class, or a failed route, falls back to the rules.
 */
async function classifyByRoute(
  turn: Turn,
  route: string,
  text: string,
): Promise<{ level: string; index: number; matched: string | null } | null> {
  const classes = turn.runtime.config.content.classes;
  const request: ChatRequest = {
    model: route,
    max_tokens: 8,
    temperature: 0,
    messages: [
      {
        role: 'system',
        content: `Classify the user's message into exactly one content class, from mildest to strongest: ${classes.join(', ')}. Answer with the class name only.`,
      },
      { role: 'user', content: text.slice(0, 4000) },
    ],
  };
  let attempts: Turn['attempts'] = [];
  try {
    const { result, aux } = await auxiliaryChat(turn, request);
    attempts = aux.attempts;
    const answer = messageText(result.response.choices[0]?.message.content ?? '').toLowerCase();
    const index = classes.findIndex((name) => new RegExp(`\\b${escapeRegExp(name.toLowerCase())}\\b`).test(answer));
    return index === -1 ? null : { level: classes[index] as string, index, matched: `classifier route ${route}` };
  } catch (error) {
    if (isRungError(error) && error.code === 'RUNG_CLIENT_CLOSED') throw error;
    return null;
  } finally {
    for (const attempt of attempts)
      turn.attempts.push({
        ...attempt,
        detail: `content classifier${attempt.detail ? `: ${attempt.detail}` : ''}`,
        purpose: 'content_classifier',
      });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
