import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOGUE, CATALOGUE_AS_OF } from '../catalogue/model-catalogue.js';
import { runModels } from './models.js';
import { SHIPPED_CONFIGS } from './paths.js';

const directory = mkdtempSync(join(tmpdir(), 'rung-models-test-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** One model per way a price can be found: the catalogue, the config, both, another host's, none. */
const INLINE = `
providers:
  openai: { kind: openai-compatible, preset: openai, api_key: sk-test }
  claude: { kind: anthropic, api_key: sk-test }
  groq: { kind: openai-compatible, preset: groq, api_key: sk-test }
  router: { kind: openai-compatible, preset: openrouter, api_key: sk-test }
models:
  mini: { provider: openai, id: gpt-4o-mini }
  sonnet: { provider: claude, id: claude-sonnet-4-5-20250929, price: { input: 3, output: 15 }, max_output_tokens: 8000 }
  qwen-groq: { provider: groq, id: qwen/qwen3-32b }
  qwen-router: { provider: router, id: qwen/qwen3-32b }
  embed: { provider: openai, id: text-embedding-3-small, type: embedding }
routes:
  chat: { chain: [mini, sonnet, qwen-groq, qwen-router] }
  embeddings: { chain: [embed], kind: embedding }
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

describe('rung models', () => {
  it("lists the simulator config's models with their configured prices", async () => {
    const text = await runModels({ configPath: SHIPPED_CONFIGS.simulator });
    expect(text.split('\n')[0]).toMatch(
      /^model +upstream id +type +in +out +cached +write +context +max out +cache +min +price$/,
    );
    expect(row(text, 'qwen')).toEqual([
      'qwen',
      'qwen/qwen3-235b-a22b-2507',
      'chat',
      '0.2',
      '0.6',
      '0.05',
      '-',
      '-',
      '-',
      '-',
      '-',
      'config',
    ]);
    expect(row(text, 'deepseek-flash').slice(3, 6)).toEqual(['0.1', '0.3', '0.01']);
    expect(row(text, 'embed-small').slice(2, 5)).toEqual(['embedding', '0.02', '0']);
    expect(row(text, 'embed-flaky').at(-1)).toBe('none');
    expect(text).toContain(`Catalogue prices as of ${CATALOGUE_AS_OF}`);
    expect(text).toMatch(
      /No price for embed-flaky, filtered, overloaded, throttled: their calls are recorded without a cost/,
    );
    expect(text.split('\n').every((line) => line === line.trimEnd())).toBe(true);
  });

  it('fills what a config leaves out from the catalogue, and says where each price comes from', async () => {
    const text = await runModels({ configPath: inlineConfig() });
    expect(row(text, 'mini')).toEqual([
      'mini',
      'gpt-4o-mini',
      'chat',
      '0.15',
      '0.6',
      '0.075',
      '-',
      '128,000',
      '16,384',
      'automatic',
      '1,024',
      'catalogue',
    ]);
    expect(row(text, 'sonnet')).toEqual([
      'sonnet',
      'claude-sonnet-4-5-20250929',
      'chat',
      '3',
      '15',
      '0.3',
      '3.75',
      '200,000',
      '8,000',
      'marker',
      '1,024',
      'config',
    ]);
    expect(row(text, 'qwen-groq').slice(3, 5)).toEqual(['0.29', '0.59']);
    expect(row(text, 'qwen-groq').at(-1)).toBe('catalogue');
    // OpenRouter may route this id to another host: Groq's price is not its price.
    expect(row(text, 'qwen-router').at(-1)).toBe('none');
    expect(row(text, 'embed').slice(2, 5)).toEqual(['embedding', '0.02', '0']);
    expect(text).toMatch(/No price for qwen-router/);
  });

  it('prints JSON', async () => {
    const parsed = JSON.parse(await runModels({ configPath: inlineConfig(), json: true }));
    expect(parsed.catalogue_as_of).toBe(CATALOGUE_AS_OF);
    const byName = Object.fromEntries(parsed.models.map((model: { name: string }) => [model.name, model]));
    expect(byName.mini).toMatchObject({
      id: 'gpt-4o-mini',
      price: { input: 0.15, output: 0.6, cached_input: 0.075 },
      context_window: 128_000,
      cache: 'automatic',
      min_cache_tokens: 1024,
      price_source: 'catalogue',
      catalogue_id: 'gpt-4o-mini',
    });
    expect(byName.sonnet).toMatchObject({
      price_source: 'config',
      from_catalogue: expect.arrayContaining(['price.cached_input']),
    });
    expect(byName['qwen-router']).toMatchObject({ price: null, price_source: 'none', catalogue_id: null });
  });

  it('lists the whole catalogue with --all, as a table or JSON, without reading a config', async () => {
    const text = await runModels({ all: true, configPath: join(directory, 'missing.yaml') });
    expect(text.split('\n')[0]).toMatch(/^id +seller +type +in +out/);
    expect(row(text, 'claude-haiku-4-5').slice(1, 7)).toEqual(['anthropic', 'chat', '1', '5', '0.1', '1.25']);
    expect(text).toContain(`${CATALOGUE.length} models.`);
    const parsed = JSON.parse(await runModels({ all: true, json: true }));
    expect(parsed.models).toHaveLength(CATALOGUE.length);
    expect(parsed.models[0]).toMatchObject({ id: expect.any(String), price: { input: expect.any(Number) } });
  });
});
