import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// Window placement: machine-local state that does not belong in the notebook database (it would
// follow a restored backup onto another screen layout).
const rect = z.object({ x: z.number(), y: z.number(), width: z.number().positive(), height: z.number().positive() });
const schema = z.object({
  bounds: rect.optional(),
  maximized: z.boolean().optional(),
});
export type LocalState = z.infer<typeof schema>;

export class LocalStateFile {
  readonly path: string;
  private state: LocalState;

  constructor(filePath: string) {
    this.path = filePath;
    this.state = LocalStateFile.read(filePath);
  }

  get(): Readonly<LocalState> {
    return this.state;
  }

  /** Merges and writes at once (temp file + rename), so a crash leaves the old or the new file. */
  update(patch: Partial<LocalState>): void {
    this.state = { ...this.state, ...patch };
    mkdirSync(path.dirname(this.path), { recursive: true });
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(this.state, null, 2)}\n`);
    renameSync(tmp, this.path);
  }

  // Losing window placement is harmless, so a missing or damaged file just means defaults.
  private static read(filePath: string): LocalState {
    try {
      const parsed = schema.safeParse(JSON.parse(readFileSync(filePath, 'utf8')));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  }
}
