import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProbeTable, type ProbeReport, probePrompt, probeTargets, runProbeCache } from './probe-cache.js';

const directory = mkdtempSync(join(tmpdir(), 'rung-probe-cache-test-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const REPLY = 'Pasta with lemon, peas and a lot of parmesan.';

/** Simulated models: caching automatically (like OpenAI), not at all, or only up to a marker (like Anthropic). */
const INLINE = `
store: { kind: sqlite, path: ":memory:" }
providers:
  sim: { kind: simulator, seed: 7 }
models:
  cached:
    provider: sim
    id: sim/cached
    cache: automatic
    min_cache_tokens: 1024
    price: { input: 1, output: 2, cached_input: 0.1 }
    sim: { reply: "${REPLY}", first_token_ms: [80, 80], prefix_cache: {} }
  plain:
    provider: sim
    id: sim/plain
    cache: none
    price: { input: 1, output: 2 }
    sim: { reply: "${REPLY}", first_token_ms: [80, 80] }
  marked:
    provider: sim
    id: sim/marked
    cache: marker
    min_cache_tokens: 1024
    sim: { reply: "${REPLY}", prefix_cache: { needs_marker: true, write_tokens: true } }
  # Rung thinks it caches by itself, but the upstream needs markers: the write-up's 0% route.
  unmarked:
    provider: sim
    id: sim/unmarked
    cache: automatic
    sim: { reply: "${REPLY}", prefix_cache: { needs_marker: true } }
  embed: { provider: sim, id: sim/embed, type: embedding }
routes:
  chat: { chain: [cached, plain] }
  companion: { task: chat-companion, chain: [marked, { model: cached }] }
`;

function inlineConfig(): string {
  const path = join(directory, 'rung.yaml');
  writeFileSync(path, INLINE);
  return path;
}

/** The table row of one model, split on its column gaps. */
function row(text: string, name: string): string[] {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  if (line === undefined) throw new Error(`no row for ${name} in:\n${text}`);
  return line.trim().split(/ {2,}/);
}

/** What the simulator reports for the probe's prompt, computed by hand: 4 characters a token, 128-token steps. */
function simulated(prefixTokens: number): { prompt: number; cached: number } {
  const { system, user } = probePrompt(prefixTokens);
  const chars = system.length + user.length;
  const whole = Math.floor(chars / 4);
  return {
    prompt: Math.ceil(chars / 4),
    cached: whole < 1024 ? 0 : 1024 + Math.floor((whole - 1024) / 128) * 128,
  };
}

const COLUMNS = [
  'model',
  'cache',
  'min',
  'prefix',
  'prompt',
  'written',
  'hits',
  'hit rate',
  'ttft first',
  'ttft next',
  'ttft Δ',
  '$ first',
  '$ next',
  'cost Δ',
];

describe('probePrompt', () => {
  it('builds a persona, rules and memory prompt of at least the tokens asked for, the same every time', () => {
    const prompt = probePrompt(6000);
    expect(prompt.tokens).toBeGreaterThanOrEqual(6000);
    expect(prompt.tokens).toBeLessThan(6100);
    expect(prompt.system).toContain('# Who you are');
    expect(prompt.system).toContain('# Rules');
    expect(prompt.system).toContain('# Memory');
    expect(probePrompt(6000)).toEqual(prompt);
    // Realistic text: many distinct lines, not one repeated phrase.
    const lines = prompt.system.split('\n');
    expect(new Set(lines).size).toBeGreaterThan(lines.length * 0.95);
    expect(prompt.user.length).toBeLessThan(200);
  });

  it('stops early for a short prefix (the write-up’s 600-token mistake)', () => {
    const prompt = probePrompt(600);
    expect(prompt.tokens).toBeGreaterThanOrEqual(600);
    expect(prompt.tokens).toBeLessThan(800);
    expect(prompt.system).not.toContain('# Memory');
  });
});

describe('probeTargets', () => {
  it('reads a route by key or task, or one model, and refuses anything else', async () => {
    const { loadConfigFile } = await import('../config/load-config.js');
    const { config } = loadConfigFile(inlineConfig());
    expect(probeTargets(config, 'chat')).toEqual({ route: 'chat', models: ['cached', 'plain'] });
    expect(probeTargets(config, 'chat-companion')).toEqual({ route: 'companion', models: ['marked', 'cached'] });
    expect(probeTargets(config, 'plain')).toEqual({ route: null, models: ['plain'] });
    expect(() => probeTargets(config, 'embed')).toThrow(/embedding model/);
    expect(() => probeTargets(config, 'nope')).toThrow(/neither a route nor a model; routes: chat, companion/);
  });
});

describe('rung probe-cache', () => {
  it("measures each rung of a route alone: the cached share the simulator reports, and no cache for 'none'", async () => {
    const text = await runProbeCache({ configPath: inlineConfig(), target: 'chat' });
    const { prompt, cached } = simulated(6000);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Prompt-cache probe of route "chat": a 6,\d{3}-token system prefix/);
    expect(lines[0]).toContain('1 warm-up call + 10 identical follow-ups');
    expect(lines[2]?.split(/ {2,}/)).toEqual(COLUMNS);
    const hit = row(text, 'cached');
    expect(hit.slice(0, 3)).toEqual(['cached', 'automatic', '1,024']);
    expect(hit[4]).toBe(prompt.toLocaleString('en-US'));
    // Every follow-up reads the same prefix: the hit rate is exactly the cached share of one.
    expect(hit.slice(5, 8)).toEqual(['0', '10/10', `${((cached / prompt) * 100).toFixed(1)}%`]);
    expect(hit[10]).toMatch(/^-\d+\.\d%$/);
    expect(hit[13]).toMatch(/^-\d+\.\d%$/);
    const none = row(text, 'plain');
    expect(none.slice(0, 3)).toEqual(['plain', 'none', '-']);
    expect(none.slice(6, 8)).toEqual(['0/10', '0.0%']);
    expect(none[13]).toBe('0.0%');
    expect(text).not.toContain('warning:');
    expect(text.split('\n').every((line) => line === line.trimEnd())).toBe(true);
  });

  it('reports usage, latency and cost per call in JSON, priced at cached_input for the cached share', async () => {
    const report = JSON.parse(
      await runProbeCache({ configPath: inlineConfig(), target: 'cached', turns: 3, prefixTokens: 2000, json: true }),
    ) as {
      route: string | null;
      turns: number;
      models: Array<Record<string, unknown> & { calls: Array<Record<string, unknown>> }>;
    };
    const { prompt, cached } = simulated(2000);
    const output = Math.ceil(REPLY.length / 4);
    expect(report).toMatchObject({ route: null, turns: 3 });
    const [probe] = report.models;
    expect(probe).toMatchObject({ model: 'cached', hits: 3, first_prompt_tokens: prompt });
    expect(probe?.hit_rate).toBeCloseTo(cached / prompt, 10);
    expect(probe?.calls.map((call) => call.cached_tokens)).toEqual([0, cached, cached, cached]);
    expect(probe?.calls.every((call) => call.error === null && call.answered_by === 'cached')).toBe(true);
    const first = (prompt * 1 + output * 2) / 1e6;
    const next = ((prompt - cached) * 1 + cached * 0.1 + output * 2) / 1e6;
    expect(probe?.cost_first_usd).toBeCloseTo(first, 9);
    expect(probe?.cost_next_usd).toBeCloseTo(next, 9);
    expect(probe?.cost_change).toBeCloseTo((next - first) / first, 4);
    // The first token comes sooner by half the cached share (80 ms → about 80 × (1 − cached / 2 prompt)).
    expect(probe?.ttft_change as number).toBeLessThan(-0.2);
  });

  it('warns when the prefix is shorter than min_cache_tokens, and nothing is cached', async () => {
    const text = await runProbeCache({ configPath: inlineConfig(), target: 'cached', turns: 3, prefixTokens: 600 });
    expect(row(text, 'cached').slice(6, 8)).toEqual(['0/3', '0.0%']);
    expect(text).toMatch(
      /warning: cached: the 6\d\d-token prefix is shorter than the model's min_cache_tokens \(1,024\): the cache cannot engage; probe with --prefix-tokens 1024 or more/,
    );
  });

  it('warns for a marker model when no cached tokens come back', async () => {
    // Below min_cache_tokens the pipeline adds no marker, and the simulator (needs_marker) caches nothing.
    const text = await runProbeCache({
      configPath: inlineConfig(),
      target: 'chat-companion',
      turns: 2,
      prefixTokens: 600,
    });
    expect(row(text, 'marked').slice(0, 3)).toEqual(['marked', 'marker', '1,024']);
    expect(row(text, 'marked').slice(6, 8)).toEqual(['0/2', '0.0%']);
    expect(text).toContain(
      'warning: marked: cache mode is marker but no cached tokens came back: the marker did not reach the upstream?',
    );
  });

  it('warns when a model Rung thinks caches automatically reads nothing back (it may need markers)', async () => {
    const text = await runProbeCache({ configPath: inlineConfig(), target: 'unmarked', turns: 2, prefixTokens: 2000 });
    expect(row(text, 'unmarked').slice(6, 8)).toEqual(['0/2', '0.0%']);
    expect(text).toMatch(
      /warning: unmarked: no cached tokens came back for a 2,\d{3}-token prefix: if this upstream caches only up to a cache_control marker \(Anthropic-style\), set cache: marker on the model/,
    );
  });

  it('marker mode: the cache_control Rung adds to the system prompt is written once and read by every follow-up', async () => {
    // Needs the pipeline's cache markers (prepare-call, for models with cache: marker); the probe adds none.
    const text = await runProbeCache({ configPath: inlineConfig(), target: 'marked', turns: 3 });
    const { system, user } = probePrompt(6000);
    const written = Math.ceil(system.length / 4);
    const prompt = Math.ceil((system.length + user.length) / 4);
    expect(row(text, 'marked').slice(4, 8)).toEqual([
      prompt.toLocaleString('en-US'),
      written.toLocaleString('en-US'),
      '3/3',
      `${((written / prompt) * 100).toFixed(1)}%`,
    ]);
    expect(text).not.toContain('warning:');
  });

  it('formats a failed model without numbers, with the failure as a warning', () => {
    const report: ProbeReport = {
      target: 'x',
      route: null,
      prefixTokens: 6000,
      turns: 1,
      models: [
        {
          model: 'x',
          upstreamId: 'x',
          provider: 'p',
          cache: null,
          minCacheTokens: null,
          calls: [],
          firstPromptTokens: null,
          firstCacheWriteTokens: null,
          hits: 0,
          hitRate: null,
          ttftFirstMs: null,
          ttftNextMs: null,
          totalFirstMs: null,
          totalNextMs: null,
          costFirstUsd: null,
          costNextUsd: null,
          ttftChange: null,
          totalChange: null,
          costChange: null,
          warnings: ['x: 2 of 2 calls got no answer from the model (RUNG_ALL_FAILED: …)'],
        },
      ],
    };
    const text = formatProbeTable(report);
    expect(row(text, 'x')).toEqual(['x', '-', '-', '6,000', '-', '-', '0/1', '-', '-', '-', '-', '-', '-', '-']);
    expect(text).toContain('warning: x: 2 of 2 calls got no answer from the model');
  });
});
