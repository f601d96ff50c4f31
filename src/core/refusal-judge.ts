/**
 * The refusal judge: an opt-in second opinion on short answers the phrase rules call clean. A phrase catalogue
 * catches every refusal worded the way it lists and about half of those worded some other way (docs/refusals.md);
 * a small model asked "does this reply decline the request?" reads meaning instead of phrases. It runs as an
 * auxiliary turn on its own route (timeouts, fallbacks, cost added to the turn's) and fails open: when it errs,
 * times out or answers neither word, the answer stands, exactly as without a judge.
 */
import type { ChatRequest } from '../spec/chat.js';
import { isRungError } from '../spec/errors.js';
import type { AttemptReport } from '../spec/outcome.js';
import { auxiliaryChat } from './auxiliary.js';
import { latestUserText, messageText } from './classify-answer.js';
import type { Turn } from './turn.js';

export type JudgeVerdict = 'refusal' | 'answer' | 'unclear' | 'failed';

export interface JudgeOutcome {
  verdict: JudgeVerdict;
  /** The judge route's attempts, for the turn's report (each marked as the judge's). */
  attempts: AttemptReport[];
}

/** How much of the user's request the judge sees: enough to tell what was asked. */
const REQUEST_CHARS = 1_500;

export const JUDGE_INSTRUCTIONS = [
  "You review one reply of a chat assistant to a user's request, in any language.",
  'REFUSAL: the reply declines or avoids what was asked — says it cannot, will not or should not do it, hands the',
  'user off to someone else instead of helping, changes the subject, or steps out of a story or role to stop it —',
  'however politely, with or without an apology or an offer of something else.',
  'ANSWER: the reply does what was asked, even partly, with a warning, or by asking a clarifying question. In a',
  'story or roleplay, a character saying no to another character is part of the story: ANSWER.',
  'Reply with exactly one word: REFUSAL or ANSWER.',
].join('\n');

/** The judge's request: the instructions, then the user's request and the reply, fenced. */
export function judgeRequest(route: string, request: string, reply: string, opening: boolean): ChatRequest {
  const asked =
    request === '' ? '(not shown)' : request.length > REQUEST_CHARS ? `${request.slice(0, REQUEST_CHARS)}…` : request;
  return {
    model: route,
    max_tokens: 8,
    temperature: 0,
    messages: [
      { role: 'system', content: JUDGE_INSTRUCTIONS },
      {
        role: 'user',
        content: `Request:\n<<<\n${asked}\n>>>\n\nReply${opening ? ' (its opening only; more follows)' : ''}:\n<<<\n${reply}\n>>>`,
      },
    ],
  };
}

/** The verdict in a judge's answer: the first of the two words it names (a denied refusal is an answer); neither is `unclear`. */
export function readVerdict(answer: string): 'refusal' | 'answer' | 'unclear' {
  // A chatty judge's "Not a refusal." names the word it denies.
  if (/\b(?:not|no)\s+(?:a\s+)?refusal\b/i.test(answer)) return 'answer';
  const found = /\b(refusal|answer)\b/i.exec(answer);
  if (found === null) return 'unclear';
  return (found[1] as string).toLowerCase() === 'refusal' ? 'refusal' : 'answer';
}

/**
 * Whether this turn's answer text goes to the judge: a judged route, a main turn, a short answer, and a reply in
 * words — not structured output (`response_format` json_object or json_schema), which the judge's question does
 * not fit and a program, not a person, reads.
 */
export function judgeFor(turn: Turn, text: string): { route: string } | null {
  const judge = turn.chain?.judge ?? null;
  if (judge === null || text.length > judge.maxChars) return null;
  const format = (turn.request.response_format as { type?: unknown } | undefined)?.type;
  if (format === 'json_object' || format === 'json_schema') return null;
  return judge;
}

/**
 * Asks the judge route about `reply`. Never throws for the judge's own failures (fail open); a client that
 * went away still ends the turn.
 */
export async function judgeReply(
  turn: Turn,
  route: string,
  model: string,
  reply: string,
  opening: boolean,
): Promise<JudgeOutcome> {
  let verdict: JudgeVerdict = 'failed';
  let attempts: AttemptReport[] = [];
  try {
    const { result, aux } = await auxiliaryChat(
      turn,
      judgeRequest(route, latestUserText(turn.request.messages), reply, opening),
    );
    attempts = aux.attempts;
    verdict = readVerdict(messageText(result.response.choices[0]?.message.content ?? ''));
  } catch (error) {
    if (isRungError(error) && error.code === 'RUNG_CLIENT_CLOSED') throw error;
    if (isRungError(error) && Array.isArray(error.details?.attempts))
      attempts = error.details.attempts as AttemptReport[];
  }
  turn.flags.judged = [...(turn.flags.judged ?? []), { model, verdict }];
  return {
    verdict,
    attempts: attempts.map((attempt) => ({
      ...attempt,
      detail: `refusal judge of ${model}: ${verdict}${attempt.detail ? `; ${attempt.detail}` : ''}`,
      purpose: 'refusal_judge' as const,
    })),
  };
}
