/**
 * Config validation: every problem names the path of the bad field and what would have been valid; secrets come
 * from the environment and never appear in an error; YAML problems name the file.
 */
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these are ${ENV} references in config values, not templates
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isRungError, type RungError } from '../spec/errors.js';
import { type LoadedConfig, loadConfigFile, parseConfig } from './load-config.js';

const directory = mkdtempSync(join(tmpdir(), 'rung-config-test-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const MODELS = {
  alpha: { provider: 'sim', id: 'alpha/a-1' },
  beta: { provider: 'sim', id: 'beta/b-1' },
  gamma: { provider: 'sim', id: 'gamma/g-1' },
};

/** A small valid config with some top-level sections replaced, so a test can break one part of it. */
function base(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    providers: { sim: { kind: 'simulator' } },
    models: MODELS,
    routes: { chat: { chain: ['alpha', 'beta'] } },
    ...overrides,
  };
}

/** The RUNG_CONFIG_INVALID error `run` throws. */
function configError(run: () => unknown): RungError {
  try {
    run();
  } catch (error) {
    if (!isRungError(error)) throw error;
    expect(error.code).toBe('RUNG_CONFIG_INVALID');
    return error;
  }
  throw new Error('expected the config to be rejected');
}

function problemsOf(raw: unknown, env: NodeJS.ProcessEnv = {}): string[] {
  const error = configError(() => parseConfig(raw, { env }));
  const problems = (error.details?.problems ?? []) as string[];
  // The message lists the same problems a person reads.
  for (const problem of problems) expect(error.message).toContain(problem);
  return problems;
}

function writeConfig(name: string, text: string): string {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
}

describe('parseConfig', () => {
  it('accepts a small config, fills the schema defaults, and freezes the result', () => {
    const loaded: LoadedConfig = parseConfig(base(), { env: {} });
    expect(loaded.config.server).toMatchObject({ port: 8787, max_body_bytes: 4 * 1024 * 1024 });
    expect(loaded.config.defaults).toMatchObject({ plan: 'free', mode: 'natural', retries: 0 });
    expect(loaded.config.plans).toEqual({ free: { paid: false } });
    expect(loaded.warnings).toEqual([]);
    expect(Object.isFrozen(loaded.config.routes.chat?.chain)).toBe(true);
    expect(() => {
      (loaded.config.server as { port: number }).port = 1;
    }).toThrow(TypeError);
  });

  it('an unknown model in a chain names its index and the known models', () => {
    const raw = base({ routes: { chat: { chain: ['alpha', 'beta', 'x'] } } });
    expect(problemsOf(raw)).toEqual(['routes.chat.chain[2]: unknown model "x"; known: alpha, beta, gamma']);
  });

  it('an unknown model in the object form of a rung names the .model field', () => {
    const raw = base({ routes: { chat: { chain: [{ model: 'gpt-5-mini', max_output_tokens: 100 }] } } });
    expect(problemsOf(raw)).toEqual([
      'routes.chat.chain[0].model: unknown model "gpt-5-mini"; known: alpha, beta, gamma',
    ]);
  });

  it('an unknown provider names the model and the known providers', () => {
    const raw = base({ models: { ...MODELS, beta: { provider: 'openrouter', id: 'beta/b-1' } } });
    expect(problemsOf(raw)).toEqual(['models.beta.provider: unknown provider "openrouter"; known: sim']);
  });

  it('reports every problem at once', () => {
    const raw = base({
      models: { ...MODELS, beta: { provider: 'nope', id: 'beta/b-1' } },
      routes: { chat: { chain: ['alpha', 'missing'] } },
      defaults: { plan: 'gold' },
    });
    expect(problemsOf(raw)).toHaveLength(3);
  });

  it.each([
    ['server', { server: { max_body_byte: 10 } }, 'server', 'max_body_byte'],
    ['a route', { routes: { chat: { chian: ['alpha'], chain: ['alpha'] } } }, 'routes.chat', 'chian'],
    ['a rung', { routes: { chat: { chain: [{ model: 'alpha', timeout: 5 }] } } }, 'routes.chat.chain[0]', 'timeout'],
    [
      'a sim model',
      { models: { alpha: { provider: 'sim', id: 'a', sim: { behaviour: 'answer' } } } },
      'models.alpha.sim',
      'behaviour',
    ],
    ['a provider', { providers: { sim: { kind: 'simulator', sed: 1 } } }, 'providers.sim', 'sed'],
    ['the root', { rootes: {} }, '(root)', 'rootes'],
  ])('an unknown key in %s names its path and the key', (_label, patch, path, key) => {
    const raw = base('models' in patch ? { ...patch, routes: { chat: { chain: ['alpha'] } } } : patch);
    const problems = problemsOf(raw);
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${escapeRegExp(path)}: .*"${key}"`)));
  });

  it('a wrong type or value names the path', () => {
    expect(problemsOf(base({ server: { port: 'eighty' } }))).toEqual([
      expect.stringMatching(/^server\.port: .*number/),
    ]);
    expect(problemsOf(base({ log: { level: 'loud' } }))).toEqual([expect.stringMatching(/^log\.level: /)]);
    expect(problemsOf(base({ routes: { chat: { chain: [] } } }))).toEqual([
      expect.stringMatching(/^routes\.chat\.chain: /),
    ]);
  });

  it('two routes of one task with the same match are rejected, whatever the order of their lists', () => {
    const raw = base({
      modes: ['natural', 'instant'],
      plans: { free: {}, vip: {} },
      routes: {
        chat: { match: { plan: ['free', 'vip'] }, chain: ['alpha'] },
        'chat-again': { task: 'chat', match: { plan: ['vip', 'free'] }, chain: ['beta'] },
        'chat-fast': { task: 'chat', match: { mode: 'instant' }, chain: ['beta'] },
      },
    });
    expect(problemsOf(raw)).toEqual([
      'routes.chat-again.match: same match as routes.chat for task "chat"; one would never be used',
    ]);
  });

  it('two catch-all routes of one task are rejected', () => {
    const raw = base({ routes: { chat: { chain: ['alpha'] }, other: { task: 'chat', chain: ['gamma'] } } });
    expect(problemsOf(raw)).toEqual([expect.stringMatching(/^routes\.other\.match: same match as routes\.chat/)]);
  });

  it('a route named like a model is rejected', () => {
    const raw = base({ routes: { chat: { chain: ['alpha'] }, alpha: { chain: ['beta'] } } });
    expect(problemsOf(raw)).toEqual([expect.stringMatching(/^routes\.alpha: "alpha" is also a model name/)]);
  });

  it('unknown plans, modes and routes on keys and routes name their path', () => {
    const raw = base({
      routes: { chat: { match: { plan: 'gold', mode: 'loud' }, chain: ['alpha'] } },
      auth: { keys: [{ key: 'k'.repeat(16), name: 'team', plan: 'gold', routes: ['nope'] }] },
    });
    expect(problemsOf(raw).sort()).toEqual([
      'auth.keys[0].plan: unknown plan "gold"; known: free',
      'auth.keys[0].routes: unknown route "nope"; known: chat',
      'routes.chat.match.mode: unknown mode "loud"; known: natural, instant, explicit',
      'routes.chat.match.plan: unknown plan "gold"; known: free',
    ]);
  });

  // BUG: two gateway keys with the same secret are accepted; compileRuntime() indexes keys by the secret's hash,
  // so the later entry silently replaces the earlier one (its plan, tenant and routes apply to both names).
  // Suggested fix in validate-references.ts, beside the duplicate-name check: `auth.keys[1].key: the same
  // secret as auth.keys[0]` — without printing the secret.
  it('two keys with the same secret are rejected, without printing it', () => {
    const secret = 'shared-secret-0123456789';
    const raw = base({
      plans: { free: {}, vip: {} },
      auth: {
        keys: [
          { key: secret, name: 'team-a', plan: 'vip' },
          { key: secret, name: 'team-b', plan: 'free' },
        ],
      },
    });
    const error = configError(() => parseConfig(raw, { env: {} }));
    expect(error.message).toContain('auth.keys[1].key');
    expect(error.message).not.toContain(secret);
  });
});

describe('refusal and content policy', () => {
  const safety = [{ category: 'HARM_CATEGORY_HARASSMENT', threshold: 'BLOCK_NONE' }];

  it('accepts rescue rungs, a lookahead, safety knobs, characters, ceilings and content rules', () => {
    const loaded = parseConfig(
      base({
        plans: { free: { content_ceiling: 'suggestive' }, premium: { paid: true } },
        characters: { mira: { name: 'Mira', soft_refusals: { en: ['*{name} smiles* Another time.'] } } },
        content: { rules: { explicit: { en: ['forbidden-topic'] } } },
        routes: {
          chat: {
            kind: 'roleplay',
            chain: ['alpha'],
            rescue: ['beta', { model: 'gamma', system_prefix: 'Stay in scene.' }],
            refusal_lookahead: 'sentence',
            safety_settings: safety,
          },
        },
      }),
      { env: {} },
    );
    expect(loaded.warnings).toEqual([]);
    expect(loaded.config.characters.mira?.languages).toEqual(['en']);
    expect(loaded.config.refusals.min_salvage_chars).toBe(150);
  });

  it('rejects safety knobs on moderation and vision routes, naming the route and its kind', () => {
    for (const kind of ['moderation', 'vision', 'classification']) {
      const problems = problemsOf(base({ routes: { check: { kind, chain: ['alpha'], safety_settings: safety } } }));
      expect(problems).toEqual([
        expect.stringMatching(new RegExp(`^routes\\.check\\.safety_settings: only chat and roleplay .*"${kind}"`)),
      ]);
    }
  });

  it('names unknown rescue models, non-chat rescue models, and warns on a same-vendor rescue', () => {
    const models = { ...MODELS, vec: { provider: 'sim', id: 'embed/e-1', type: 'embedding' } };
    const problems = problemsOf(base({ models, routes: { chat: { chain: ['alpha'], rescue: ['nope', 'vec'] } } }));
    expect(problems).toEqual([
      expect.stringMatching(/^routes\.chat\.rescue\[0\]: unknown model "nope"/),
      expect.stringMatching(/^routes\.chat\.rescue\[1\]: "vec" is an embedding model/),
    ]);
    const same = { ...MODELS, 'alpha-2': { provider: 'sim', id: 'alpha/a-2' } };
    const { warnings } = parseConfig(
      base({ models: same, routes: { chat: { chain: ['alpha'], rescue: ['alpha-2'] } } }),
      {
        env: {},
      },
    );
    expect(warnings).toEqual([expect.stringMatching(/^routes\.chat\.rescue\[0\]: same vendor "alpha"/)]);
  });

  it('names an unknown ceiling, rules for an unknown class, and an unknown classifier route', () => {
    const problems = problemsOf(
      base({
        plans: { free: { content_ceiling: 'spicy' } },
        content: { rules: { gory: { en: ['x'] } }, classifier: { route: 'judge' } },
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^plans\.free\.content_ceiling: unknown content class "spicy"; known: safe, suggestive, explicit/,
        ),
        expect.stringMatching(/^content\.rules\.gory: not one of content\.classes/),
        expect.stringMatching(/^content\.classifier\.route: unknown route "judge"/),
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('rejects a malformed lookahead and an unknown on_content_exceeded', () => {
    const problems = problemsOf(
      base({ routes: { chat: { chain: ['alpha'], refusal_lookahead: 'paragraph', on_content_exceeded: 'shrug' } } }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^routes\.chat\.refusal_lookahead: /),
        expect.stringMatching(/^routes\.chat\.on_content_exceeded: /),
      ]),
    );
  });
});

describe('budgets and prices', () => {
  it('fills prices from the built-in catalogue, and says where each came from', () => {
    const loaded = parseConfig(
      base({
        models: {
          mini: { provider: 'sim', id: 'openai/gpt-4o-mini' },
          own: { provider: 'sim', id: 'x/own', price: { input: 1, output: 2 } },
        },
        routes: { chat: { chain: ['mini', 'own'] } },
      }),
      { env: {} },
    );
    expect(loaded.config.models.mini?.price).toMatchObject({ input: 0.15, output: 0.6 });
    expect(loaded.catalogue.mini?.priceSource).toBe('catalogue');
    expect(loaded.catalogue.own?.priceSource).toBe('config');
    // The catalogue's output limit is information, never a cap sent upstream.
    expect(loaded.config.models.mini?.max_output_tokens).toBeUndefined();
  });

  it('warns about unpriced models only when a budget counts money', () => {
    expect(parseConfig(base(), { env: {} }).warnings).toEqual([]);
    const { warnings } = parseConfig(base({ budgets: { tenant: { daily_usd: 5 } } }), { env: {} });
    expect(warnings).toEqual([
      expect.stringMatching(/^models\.alpha: no price in the config or the built-in catalogue for "alpha\/a-1"/),
      expect.stringMatching(/^models\.beta: no price/),
      expect.stringMatching(/^models\.gamma: no price/),
    ]);
  });

  it('names bad budget, tenant, rate-limit and store fields', () => {
    const problems = problemsOf(
      base({
        budgets: { user: { daily_usd: -1 } },
        tenants: { acme: { rpm: 1.5 } },
        rate_limits: { key: { rpm: 0 } },
        routes: { chat: { chain: ['alpha'], degrade: [{ at: 1.5, skip: 1 }] } },
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^budgets\.user\.daily_usd: /),
        expect.stringMatching(/^tenants\.acme\.rpm: /),
        expect.stringMatching(/^rate_limits\.key\.rpm: /),
        expect.stringMatching(/^routes\.chat\.degrade\[0\]\.at: /),
      ]),
    );
    const store = problemsOf(
      base({
        store: { kind: 'redis-postgres', redis_url: 'redis://x', postgres_url: 'postgres://y', prefix: 'Bad-Prefix' },
      }),
    );
    expect(store).toEqual([expect.stringMatching(/^store\.prefix: lower-case letters/)]);
  });
});

describe('vendor warnings', () => {
  it('warn when adjacent rungs share a vendor (from the id before "/"), and still load', () => {
    const raw = base({
      models: {
        'qwen-big': { provider: 'sim', id: 'qwen/qwen3-235b' },
        'qwen-small': { provider: 'sim', id: 'qwen/qwen3-30b' },
        hermes: { provider: 'sim', id: 'nousresearch/hermes-4' },
      },
      routes: { chat: { chain: ['qwen-big', 'qwen-small', 'hermes'] } },
    });
    const { warnings } = parseConfig(raw, { env: {} });
    expect(warnings).toEqual([
      expect.stringMatching(/^routes\.chat\.chain\[1\]: same vendor "qwen" as the rung before/),
    ]);
  });

  it('no warning when same-vendor rungs are not adjacent, or `vendor` says they differ', () => {
    const raw = base({
      models: {
        'qwen-big': { provider: 'sim', id: 'qwen/qwen3-235b' },
        'qwen-small': { provider: 'sim', id: 'qwen/qwen3-30b', vendor: 'other-host' },
        hermes: { provider: 'sim', id: 'nousresearch/hermes-4' },
      },
      routes: { apart: { chain: ['qwen-big', 'hermes', 'qwen-small'] }, told: { chain: ['qwen-big', 'qwen-small'] } },
    });
    expect(parseConfig(raw, { env: {} }).warnings).toEqual([]);
  });

  it('ids without a vendor prefix fall back to the provider name', () => {
    const raw = base({
      models: { one: { provider: 'sim', id: 'one' }, two: { provider: 'sim', id: 'two' } },
      routes: { chat: { chain: ['one', 'two'] } },
    });
    expect(parseConfig(raw, { env: {} }).warnings).toEqual([expect.stringContaining('same vendor "sim"')]);
  });
});

describe('${ENV} interpolation', () => {
  function upstream(fields: Record<string, unknown>, overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return base({
      providers: { sim: { kind: 'simulator' }, up: { kind: 'openai-compatible', ...fields } },
      ...overrides,
    });
  }

  it('replaces ${NAME} and ${NAME:-default}, several in one string, in nested values and arrays', () => {
    const raw = upstream(
      { base_url: 'http://${UP_HOST:-localhost}:${UP_PORT:-8080}/v1', api_key: '${UP_KEY}' },
      { modes: ['natural', '${EXTRA_MODE:-instant}'] },
    );
    const env = { UP_KEY: 'sk-from-env-1234', UP_PORT: '9090' };
    const { config } = parseConfig(raw, { env });
    expect(config.providers.up).toMatchObject({ base_url: 'http://localhost:9090/v1', api_key: 'sk-from-env-1234' });
    expect(config.modes).toEqual(['natural', 'instant']);
  });

  it('an empty variable counts as unset: the default applies', () => {
    const raw = upstream({ base_url: '${UP_URL:-http://fallback.test/v1}' });
    expect(parseConfig(raw, { env: { UP_URL: '' } }).config.providers.up).toMatchObject({
      base_url: 'http://fallback.test/v1',
    });
  });

  it('substitutes values only: a variable cannot add structure, and keys are left alone', () => {
    const raw = upstream({ base_url: 'http://localhost/v1', api_key: '${UP_KEY}' });
    const env = { UP_KEY: 'x\nkind: simulator\n}' };
    expect(parseConfig(raw, { env }).config.providers.up).toMatchObject({ api_key: env.UP_KEY });
  });

  it('a missing variable names the path and the variable', () => {
    const raw = upstream({ base_url: 'http://localhost/v1', api_key: '${OPENROUTER_API_KEY}' });
    expect(problemsOf(raw)).toEqual([
      'providers.up.api_key: environment variable OPENROUTER_API_KEY is not set (set it, or write ${OPENROUTER_API_KEY:-default})',
    ]);
  });

  it('never prints a secret value, whatever else is wrong', () => {
    const secrets = {
      UP_KEY: 'sk-live-SECRET-api-key-0001',
      SHORT_KEY: 'SECRET-short',
      LEVEL: 'SECRET-level-0002',
      URL: 'SECRET url 0003',
      ROUTE_NAME: 'SECRET/route 0004',
    };
    const raw = upstream(
      { base_url: '${URL}', api_key: '${UP_KEY}' },
      {
        log: { level: '${LEVEL}' },
        auth: {
          keys: [
            { key: '${SHORT_KEY}', name: 'team' },
            { key: '${GATEWAY_KEY}', name: 'other' },
          ],
        },
        defaults: { route: '${ROUTE_NAME}' },
      },
    );
    // A missing variable stops before validation: only it is reported.
    const missing = configError(() => parseConfig(raw, { env: secrets }));
    expect(missing.message).toContain('auth.keys[1].key: environment variable GATEWAY_KEY is not set');
    // With every variable set, the fields fail validation: paths named, values not.
    const invalid = configError(() => parseConfig(raw, { env: { ...secrets, GATEWAY_KEY: 'g'.repeat(20) } }));
    expect(invalid.message).toMatch(/auth\.keys\[0\]\.key: a gateway key needs at least 16 characters/);
    expect(invalid.message).toMatch(/log\.level: /);
    expect(invalid.message).toMatch(/providers\.up\.base_url: /);
    for (const error of [missing, invalid]) {
      const shown = `${error.message}\n${JSON.stringify(error.details)}`;
      expect(shown).not.toContain('SECRET');
    }
  });
});

describe('loadConfigFile', () => {
  it('loads config/simulator.yaml with no problems and no warnings', () => {
    const loaded = loadConfigFile(resolve(import.meta.dirname, '../../config/simulator.yaml'), {});
    expect(loaded.path).toMatch(/config\/simulator\.yaml$/);
    expect(loaded.config.store).toEqual({ kind: 'sqlite', path: 'rung.db' });
    expect(Object.keys(loaded.config.routes)).toContain('chat');
    expect(loaded.warnings).toEqual([]);
  });

  it('reads YAML, interpolates from the env it is given, and resolves baseDir to the file’s folder', () => {
    const path = writeConfig(
      'ok.yaml',
      [
        'providers: { sim: { kind: simulator, seed: 7 } }',
        'models:',
        '  alpha: { provider: sim, id: "${ALPHA_ID:-alpha/a-1}" }',
        'routes:',
        '  chat: { chain: [alpha] }',
      ].join('\n'),
    );
    const loaded = loadConfigFile(path, { ALPHA_ID: 'alpha/from-env' });
    expect(loaded.path).toBe(path);
    expect(loaded.baseDir).toBe(directory);
    expect(loaded.config.models.alpha?.id).toBe('alpha/from-env');
  });

  it('a YAML syntax error names the file and the line', () => {
    const path = writeConfig('broken.yaml', 'providers:\n  sim: { kind: simulator\nmodels: {}\nroutes: {}\n');
    const error = configError(() => loadConfigFile(path, {}));
    expect(error.message).toContain(`invalid YAML in ${path}`);
    expect(error.message).toMatch(/line \d+/);
  });

  it('a schema problem in a file names the file and the path', () => {
    const path = writeConfig(
      'bad-ref.yaml',
      'providers: { sim: { kind: simulator } }\nmodels: { alpha: { provider: sim, id: a } }\nroutes: { chat: { chain: [alpha, beta] } }\n',
    );
    const error = configError(() => loadConfigFile(path, {}));
    expect(error.message).toContain(`invalid config ${path}`);
    expect(error.message).toContain('routes.chat.chain[1]: unknown model "beta"; known: alpha');
  });

  it('a missing file, an empty file and a non-mapping are reported with the path', () => {
    const missing = join(directory, 'nope.yaml');
    expect(configError(() => loadConfigFile(missing, {})).message).toContain(`${missing}: file not found`);
    const empty = writeConfig('empty.yaml', '');
    expect(configError(() => loadConfigFile(empty, {})).message).toContain('(root): expected a mapping');
    const list = writeConfig('list.yaml', '- a\n- b\n');
    expect(configError(() => loadConfigFile(list, {})).message).toContain(list);
  });

  it('a secret in the environment never shows in a YAML error', () => {
    const path = writeConfig('secret.yaml', 'providers:\n  up: { kind: openai-compatible, api_key: ${UP_KEY}\n');
    const error = configError(() => loadConfigFile(path, { UP_KEY: 'sk-live-SECRET-9999' }));
    expect(error.message).not.toContain('SECRET');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('numbers from the environment', () => {
  const minimal = {
    providers: { sim: { kind: 'simulator' } },
    models: { a: { provider: 'sim', id: 'a' } },
    routes: { chat: { chain: ['a'] } },
  };

  it('takes server.port and timeouts from ${ENV}', () => {
    const { config } = parseConfig(
      { ...minimal, server: { port: '${PORT}' }, defaults: { timeouts: { total_ms: '${TOTAL:-9000}' } } },
      { env: { PORT: '9123' } },
    );
    expect(config.server.port).toBe(9123);
    expect(config.defaults.timeouts.total_ms).toBe(9000);
  });

  it('still rejects text that is not a whole number, naming the path', () => {
    expect(() => parseConfig({ ...minimal, server: { port: '${PORT}' } }, { env: { PORT: 'eighty' } })).toThrow(
      /server\.port/,
    );
  });
});
