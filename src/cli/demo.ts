/**
 * `rung demo`: serves the simulator config and shows, with real requests, what the ladder does —
 * a primary answer, a silent refusal falling through, an unknown model falling through, and every rung failing.
 */
import { pino } from 'pino';
import { SHIPPED_CONFIGS } from './paths.js';
import { type RunningGateway, startGateway } from './start-gateway.js';

interface Example {
  title: string;
  path: string;
  body: unknown;
  headers?: Record<string, string>;
}

const STORM = [{ role: 'user', content: 'Tell me a story about the storm.' }];

const EXAMPLES: Example[] = [
  {
    title: 'A normal turn: the primary answers (attempt 0)',
    path: '/complete',
    body: { messages: [{ role: 'user', content: 'Name three cold-climate fruits.' }] },
  },
  {
    title: 'A silent refusal: HTTP 200, finish_reason content_filter, empty text — Rung falls through',
    path: '/complete',
    body: { messages: [{ role: 'user', content: 'Say hi' }], primary: 'filtered' },
  },
  {
    title: 'A model that does not exist: 404 upstream — Rung falls through',
    path: '/complete',
    body: { messages: [{ role: 'user', content: 'Say hi' }], primary: 'this/model-does-not-exist' },
  },
  {
    title: 'A refusal on a free plan: the character declines in character — one upstream call, no cascade',
    path: '/v1/chat/completions',
    body: { model: 'companion', messages: STORM },
    headers: { 'x-rung-plan': 'free', 'x-rung-character': 'mira' },
  },
  {
    title: 'The same refusal on a paid plan: rescued by another provider, with its own "stay in scene" prefix',
    path: '/v1/chat/completions',
    body: { model: 'companion', messages: STORM },
    headers: { 'x-rung-plan': 'premium', 'x-rung-character': 'mira' },
  },
  {
    title: 'A free-plan turn above the plan’s content ceiling: answered in character before any model is called',
    path: '/v1/chat/completions',
    body: { model: 'companion', messages: [{ role: 'user', content: 'Come here, let us make love tonight.' }] },
    headers: { 'x-rung-plan': 'free', 'x-rung-character': 'mira' },
  },
  {
    title: 'Every rung fails: 503 naming each model and why',
    path: '/v1/chat/completions',
    body: { model: 'doomed', messages: [{ role: 'user', content: 'Say hi' }] },
  },
];

export async function runDemo(port: number | undefined): Promise<RunningGateway> {
  // Quiet logs: the demo's own lines are the show; the records (`rung log`) keep the detail.
  const logger = pino({ level: 'warn', base: { service: 'rung' } });
  const running = await startGateway({
    configPath: SHIPPED_CONFIGS.simulator,
    port: port ?? 8787,
    watch: false,
    logger,
  });
  const out = (line = '') => process.stdout.write(`${line}\n`);
  out(`Rung demo: the simulator config (${SHIPPED_CONFIGS.simulator}) is serving on ${running.url}`);
  out('No API key needed. Each example below was just sent; run the curl line to see it yourself.\n');
  for (const [index, example] of EXAMPLES.entries()) {
    out(`${index + 1}. ${example.title}`);
    const headers = { 'content-type': 'application/json', ...example.headers };
    out(
      `   curl -s ${running.url}${example.path} ${Object.entries(headers)
        .map(([name, value]) => `-H '${name}: ${value}'`)
        .join(' ')} \\`,
    );
    out(`     -d '${JSON.stringify(example.body)}'`);
    const response = await fetch(`${running.url}${example.path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(example.body),
    });
    const body = (await response.json()) as Record<string, unknown>;
    out(`   → ${response.status} ${summarise(body)}\n`);
  }
  out('Streaming, through the OpenAI API:');
  out(`   curl -sN ${running.url}/v1/chat/completions -H 'content-type: application/json' \\`);
  out(`     -d '{"model":"chat","stream":true,"messages":[{"role":"user","content":"Tell me a story"}]}'`);
  out('\nPoint any OpenAI SDK at base URL ' + `${running.url}/v1` + ' with model "chat".');
  out('See what happened: `rung log`. Stop with Ctrl-C.');
  return running;
}

function summarise(body: Record<string, unknown>): string {
  const choices = body.choices as Array<{ message: { content: string | null } }> | undefined;
  if (choices !== undefined) {
    const rung = body.rung as Record<string, unknown>;
    const flags = ['in_character', 'rescued', 'salvaged', 'gated'].filter((flag) => rung[flag] !== undefined);
    const tried = (rung.attempts as Array<{ model: string; outcome: string }>)
      .map((attempt) => `${attempt.model} ${attempt.outcome}`)
      .join(', ');
    const content = String(choices[0]?.message.content ?? '').replace(/\s+/g, ' ');
    return `model ${rung.model}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}; tried: ${tried || 'nothing'}: "${content.slice(0, 70)}${content.length > 70 ? '…' : ''}"`;
  }
  if ('content' in body) {
    const content = String(body.content);
    return `model ${body.model}, attempt ${body.attempt}, used_fallback ${body.used_fallback}: "${content.slice(0, 60)}${content.length > 60 ? '…' : ''}"`;
  }
  const error = body.error as { code?: string; message?: string } | undefined;
  return `${error?.code}: ${error?.message}`;
}
