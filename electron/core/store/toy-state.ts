// A small state type and reducer for the store's own tests, soak and bench. The store is generic;
// this stands in for the notebook, with a history of three schema versions to migrate through.
import { z } from 'zod';
import type { Migrations } from './run-migrations';
import type { StoreOptions } from './store-options';

export interface ToyState {
  counters: Record<string, number>;
  log: string[];
}

export type ToyOp = { type: 'inc'; key: string; by: number } | { type: 'push'; item: string } | { type: 'reject' };

export const TOY_SCHEMA_VERSION = 3;

const toySchema = z.strictObject({
  counters: z.record(z.string(), z.number().int()),
  log: z.array(z.string()),
});

export const validateToy = (raw: unknown): ToyState => toySchema.parse(raw);

export const emptyToy = (): ToyState => ({ counters: {}, log: [] });

/** v1 `{counts}` → v2 `{counters}` → v3 adds `log`. */
export const toyMigrations: Migrations = {
  2: (old: { counts: Record<string, number> }) => ({ counters: { ...old.counts } }),
  3: (old: { counters: Record<string, number> }) => ({ ...old, log: [] }),
};

/** v1 called the increment op `count` with field `n`. */
export const toyOpMigrations: Migrations = {
  2: (op: { type: string; key?: string; n?: number }) => (op.type === 'count' ? { type: 'inc', key: op.key, by: op.n } : op),
};

/** Throws before touching the state, as the store asks of every reducer. */
export function applyToy(state: ToyState, op: ToyOp): void {
  switch (op.type) {
    case 'inc':
      state.counters[op.key] = (state.counters[op.key] ?? 0) + op.by;
      return;
    case 'push':
      state.log.push(op.item);
      return;
    case 'reject':
      throw new Error('toy reducer rejects this op');
  }
}

export function toyOptions(dir: string, extra: Partial<StoreOptions<ToyState, ToyOp>> = {}): StoreOptions<ToyState, ToyOp> {
  return {
    dir,
    schemaVersion: TOY_SCHEMA_VERSION,
    defaults: emptyToy,
    validate: validateToy,
    migrations: toyMigrations,
    opMigrations: toyOpMigrations,
    apply: applyToy,
    ...extra,
  };
}
