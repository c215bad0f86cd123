/** migrations[n] turns a version n-1 document into a version n one. Each must be pure. */
export type Migrations = Record<number, (old: any) => any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The app lacks a step: a programming error, never blamed on the file. */
export class MissingMigrationError extends Error {
  override name = 'MissingMigrationError';
}

/** Runs migrations from+1 … to in order. */
export function runMigrations(doc: unknown, from: number, to: number, migrations: Migrations): unknown {
  let current = doc;
  for (let v = from + 1; v <= to; v++) {
    const step = migrations[v];
    if (!step) throw new MissingMigrationError(`No migration to schema ${v}: cannot upgrade a schema ${from} notebook to ${to}.`);
    current = step(current);
  }
  return current;
}
