/**
 * `rung models`: the config's models as Rung prices them (upstream id, prices, context window, output limit,
 * prompt-cache behaviour, and whether the price comes from the config or the built-in catalogue); with `--all`,
 * the whole catalogue.
 */
import {
  CATALOGUE,
  CATALOGUE_AS_OF,
  type CatalogueEntry,
  type CataloguePrice,
  effectiveModel,
  providerHost,
} from '../catalogue/model-catalogue.js';
import { loadConfigFile } from '../config/load-config.js';
import { formatTable } from './check.js';
import { defaultConfigPath } from './paths.js';

export interface ModelsOptions {
  /** Default: the config `rung serve` would use. */
  configPath?: string;
  json?: boolean;
  /** List the built-in catalogue instead of the config's models. */
  all?: boolean;
}

/** A rate as written in a price list: 0.075, 2.5, 10. */
const rate = (value: number | undefined) => (value === undefined ? '-' : String(Number(value.toFixed(4))));
const count = (value: number | undefined) =>
  value === undefined ? '-' : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const rates = (price: CataloguePrice | undefined) =>
  price === undefined
    ? ['-', '-', '-', '-']
    : [rate(price.input), rate(price.output), rate(price.cached_input), rate(price.cache_write)];

const LEGEND = [
  'Prices in USD per million tokens; cached/write "-" = billed at the input price.',
  `Catalogue prices as of ${CATALOGUE_AS_OF}; a price in the config wins, field by field.`,
].join('\n');

/** formatTable leaves the separators of an empty last cell; a terminal does not need them. */
const table = (rows: string[][]) =>
  formatTable(rows)
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');

/**
 * The text `rung models` prints.
 *
 * @example
 * process.stdout.write(`${await runModels({ configPath: 'config/simulator.yaml' })}\n`);
 */
export async function runModels(options: ModelsOptions = {}): Promise<string> {
  if (options.all) return options.json ? catalogueJson() : catalogueTable();
  const loaded = loadConfigFile(options.configPath ?? defaultConfigPath(process.env).path);
  const { config } = loaded;
  // The loaded config already holds the catalogue's prices; where they came from is in loaded.catalogue.
  // effectiveModel adds the catalogue's output limit, shown as information (it is never sent as a cap).
  const models = Object.entries(config.models).map(([name, model]) => {
    const effective = effectiveModel(model, { host: providerHost(config.providers[model.provider]) });
    const origin = loaded.catalogue[name];
    return {
      name,
      model:
        origin === undefined
          ? effective
          : {
              ...effective,
              priceSource: origin.priceSource,
              catalogueId: origin.catalogueId,
              fromCatalogue: [
                ...origin.fromCatalogue,
                ...effective.fromCatalogue.filter((field) => field === 'max_output_tokens'),
              ],
            },
    };
  });

  if (options.json) {
    return JSON.stringify(
      {
        config: loaded.path,
        catalogue_as_of: CATALOGUE_AS_OF,
        models: models.map(({ name, model }) => ({
          name,
          provider: model.provider,
          id: model.id,
          type: model.type,
          price: model.price ?? null,
          context_window: model.context_window ?? null,
          max_output_tokens: model.max_output_tokens ?? null,
          cache: model.cache ?? null,
          min_cache_tokens: model.min_cache_tokens ?? null,
          price_source: model.priceSource ?? 'none',
          catalogue_id: model.catalogueId,
          from_catalogue: model.fromCatalogue,
        })),
      },
      null,
      2,
    );
  }

  const rows = [
    ['model', 'upstream id', 'type', 'in', 'out', 'cached', 'write', 'context', 'max out', 'cache', 'min', 'price'],
  ];
  for (const { name, model } of models) {
    rows.push([
      name,
      model.id,
      model.type,
      ...rates(model.price),
      count(model.context_window),
      count(model.max_output_tokens),
      model.cache ?? '-',
      count(model.min_cache_tokens),
      model.priceSource ?? 'none',
    ]);
  }
  const lines = [table(rows), '', LEGEND];
  const unpriced = models.filter(({ model }) => model.priceSource === null).map(({ name }) => name);
  if (unpriced.length > 0) {
    lines.push(
      `No price for ${unpriced.join(', ')}: their calls are recorded without a cost. ` +
        'Set `price` on the model (USD per million tokens) to count them.',
    );
  }
  return lines.join('\n');
}

function catalogueTable(): string {
  const rows = [
    ['id', 'seller', 'type', 'in', 'out', 'cached', 'write', 'context', 'max out', 'cache', 'min', 'also / note'],
  ];
  for (const entry of CATALOGUE) {
    rows.push([
      entry.id,
      entry.vendor,
      entry.type,
      ...rates(entry.price),
      count(entry.context_window),
      count(entry.max_output_tokens),
      entry.cache,
      count(entry.min_cache_tokens),
      describe(entry),
    ]);
  }
  return [
    table(rows),
    '',
    LEGEND,
    `${CATALOGUE.length} models. Sources: ${[...new Set(CATALOGUE.map((entry) => entry.source.split(/[ ;]/)[0]))].join(' ')}`,
  ].join('\n');
}

function describe(entry: CatalogueEntry): string {
  const parts: string[] = [];
  if (entry.aliases.length > 0) parts.push(entry.aliases.join(', '));
  if (entry.host !== undefined) parts.push(`${entry.host}'s price`);
  if (entry.note !== undefined) parts.push(entry.note);
  return parts.join('; ');
}

function catalogueJson(): string {
  return JSON.stringify({ catalogue_as_of: CATALOGUE_AS_OF, models: CATALOGUE }, null, 2);
}
