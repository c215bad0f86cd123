// How the notebook opens its store: one place for the app, the CLI, the e2e bridge and the crash soak.
import type { StoreOptions } from '../store/store-options';
import { emptyNotebook, MIGRATIONS, SCHEMA_VERSION, validateNotebook, type NotebookData } from './notebook-data';
import { applyOp, type NotebookOp } from './notebook-ops';

export function notebookStoreOptions(
  dir: string,
  extra: Partial<StoreOptions<NotebookData, NotebookOp>> = {},
): StoreOptions<NotebookData, NotebookOp> {
  return { dir, schemaVersion: SCHEMA_VERSION, defaults: emptyNotebook, validate: validateNotebook, migrations: MIGRATIONS, apply: applyOp, ...extra };
}
