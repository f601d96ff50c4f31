#!/usr/bin/env node
// Enforces the direction of dependencies between the layers of src/ (see docs/architecture.md):
// spec ← catalogue ← config ← providers, stores ← core ← server ← cli. Tests and src/testing may import anything.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SRC = resolve(import.meta.dirname, '..', 'src');
const ALLOWED = {
  spec: ['spec'],
  catalogue: ['spec', 'catalogue'],
  config: ['spec', 'catalogue', 'config'],
  providers: ['spec', 'catalogue', 'config', 'providers'],
  stores: ['spec', 'config', 'stores'],
  core: ['spec', 'catalogue', 'config', 'providers', 'stores', 'core'],
  server: ['spec', 'catalogue', 'config', 'core', 'server'],
  dashboard: ['spec', 'config', 'core', 'dashboard'],
  cli: ['spec', 'catalogue', 'config', 'providers', 'stores', 'core', 'server', 'dashboard', 'cli'],
};

function* files(directory) {
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.endsWith('.d.ts')) yield path;
  }
}

const layerOf = (path) => relative(SRC, path).split(sep)[0];
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;
const problems = [];
for (const file of files(SRC)) {
  const layer = layerOf(file);
  if (layer === 'testing' || !(layer in ALLOWED)) {
    if (!(layer in ALLOWED) && layer !== 'testing' && !layer.endsWith('.ts')) {
      problems.push(
        `${relative(SRC, file)}: folder "${layer}" is not a known layer; add it to scripts/check-layers.mjs`,
      );
    }
    continue;
  }
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2];
    const target = layerOf(resolve(dirname(file), specifier));
    if (target === 'testing')
      problems.push(`${relative(SRC, file)}: production code imports test helpers (${specifier})`);
    else if (!ALLOWED[layer].includes(target)) {
      problems.push(`${relative(SRC, file)}: the ${layer} layer may not import ${target} (${specifier})`);
    }
  }
}
if (problems.length > 0) {
  console.error(`layer check failed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log('layer check: ok');
