/**
 * Opens the stores the config names. Relative paths resolve against the working directory, so `rung serve`
 * run in a project keeps its records there.
 */
import { isAbsolute, resolve } from 'node:path';
import type { RungConfig } from '../config/schema.js';
import type { Stores } from '../spec/store.js';
import { openSqliteStores } from './sqlite/sqlite-stores.js';

export function openStores(config: RungConfig, onError?: (error: unknown) => void): Stores {
  const store = config.store;
  const path = store.path === ':memory:' || isAbsolute(store.path) ? store.path : resolve(store.path);
  return openSqliteStores(onError === undefined ? { path } : { path, onError });
}
