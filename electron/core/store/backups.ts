import { readdir, readFile, stat, unlink, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/types';
import { NotebookError } from '../../shared/result';
import { mkdirDurably, writeFileDurably } from './write-file-durably';

const pad = (n: number) => String(n).padStart(2, '0');
/** The user's calendar day, not UTC's: "one backup per day" means their day. */
const localDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const localTime = (d: Date) => `${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;

/**
 * Rotating copies of the snapshot in `<dataDir>/backups/`: `<base>-YYYY-MM-DD.json` once a day,
 * plus labelled copies (`<base>-YYYY-MM-DD-<label>.json`) taken before a migration or a restore.
 * Rotation keeps every file of the `keep` most recent days that have backups.
 */
export class Backups {
  private readonly pattern: RegExp;

  constructor(
    readonly dir: string,
    private readonly base: string,
    private readonly now: () => Date,
  ) {
    this.pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d{4}-\\d{2}-\\d{2})(-[a-z0-9-]+)?\\.json$`);
  }

  /** Newest first. */
  async list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    const found = await Promise.all(
      names
        .filter((n) => this.pattern.test(n))
        .map(async (name) => {
          const s = await stat(join(this.dir, name));
          return { name, createdAt: s.mtime.toISOString(), bytes: s.size, date: this.dateOf(name) };
        }),
    );
    found.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
    return found.map(({ name, createdAt, bytes }) => ({ name, createdAt, bytes }));
  }

  /** The path of a listed backup; anything else (a typo, `../x`) is NOT_FOUND. */
  async pathOf(name: string): Promise<string> {
    if (!this.pattern.test(name) || !(await this.list()).some((b) => b.name === name)) {
      throw new NotebookError('NOT_FOUND', `There is no backup named "${name}" in ${this.dir}.`);
    }
    return join(this.dir, name);
  }

  /**
   * Copies the snapshot file as today's backup unless today has one, then rotates. The first good
   * snapshot of the day is kept, so a bad edit later that day cannot replace it.
   */
  async rotateDaily(snapshotPath: string, keep: number): Promise<string | undefined> {
    const name = `${this.base}-${localDate(this.now())}.json`;
    try {
      await stat(join(this.dir, name));
      return undefined;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    await this.write(name, await readFile(snapshotPath));
    await this.prune(keep);
    return name;
  }

  /** A labelled copy (e.g. "before-restore"), which never replaces another backup. */
  async saveLabelled(bytes: Uint8Array, label: string): Promise<string> {
    const at = this.now();
    const stem = `${this.base}-${localDate(at)}-${label}-${localTime(at)}`;
    const taken = new Set(await readdir(this.dir).catch(() => []));
    let name = `${stem}.json`;
    for (let i = 2; taken.has(name); i++) name = `${stem}-${i}.json`;
    await this.write(name, bytes);
    return name;
  }

  async readBytes(name: string): Promise<Buffer> {
    return readFile(await this.pathOf(name));
  }

  /** Deletes backups older than the `keep` most recent days that have any. */
  async prune(keep: number): Promise<string[]> {
    const all = await this.list();
    const days = [...new Set(all.map((b) => this.dateOf(b.name)))].sort().reverse();
    const kept = new Set(days.slice(0, keep));
    const doomed = all.filter((b) => !kept.has(this.dateOf(b.name))).map((b) => b.name);
    await Promise.all(doomed.map((n) => unlink(join(this.dir, n))));
    return doomed;
  }

  /** Temp files of a copy interrupted by a crash. */
  async removeLeftovers(): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => n.includes('.tmp-')).map((n) => unlink(join(this.dir, n))));
  }

  private dateOf(name: string): string {
    return this.pattern.exec(name)?.[1] ?? '';
  }

  private async write(name: string, bytes: Uint8Array): Promise<void> {
    await mkdirDurably(this.dir);
    const path = join(this.dir, name);
    await writeFileDurably(path, bytes);
    // createdAt is the file time, so stamp it with the store's clock (tests inject one).
    const at = this.now();
    await utimes(path, at, at);
  }
}
