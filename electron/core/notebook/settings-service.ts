// Status, settings and backups: the notebook's own housekeeping.
import { NotebookError } from '../../shared/result';
import type { NotebookStatus, StoreNotice } from '../../shared/types';
import type { ImplOf, NotebookContext } from './notebook-context';

type SettingsMethods = 'status' | 'getSettings' | 'updateSettings' | 'listBackups' | 'restoreBackup';

export function settingsService(ctx: NotebookContext, notices: StoreNotice[]): ImplOf<SettingsMethods> {
  const status = (): NotebookStatus => ({
    dataDir: ctx.dataDir,
    corpusDir: ctx.corpusDir,
    sourceCount: ctx.corpus.sources.length,
    paragraphCount: ctx.corpus.paragraphCount,
    notices: [...notices],
  });
  return {
    async status() {
      return status();
    },
    async getSettings() {
      return { ...ctx.store.state.settings };
    },
    async updateSettings(patch) {
      return ctx.exclusive(async () => {
        if (patch.defaultStyle !== undefined && !ctx.citations.listStyles().some((s) => s.id === patch.defaultStyle)) {
          throw new NotebookError('NOT_FOUND', `No citation style "${patch.defaultStyle}".`);
        }
        await ctx.store.commit({ type: 'settings.update', patch });
        return { ...ctx.store.state.settings };
      });
    },
    async listBackups() {
      return ctx.store.listBackups();
    },
    async restoreBackup({ name }) {
      return ctx.exclusive(async () => {
        await ctx.store.restoreBackup(name);
        ctx.taggings.rebuild(ctx.store.state.taggings);
        return status();
      });
    },
  };
}
