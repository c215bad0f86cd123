// User citation styles: added from a .csl file the user picks, removed when no longer wanted.
// The renderer never names a path: the file comes from the pickStyleFile port (a native dialog).
import { DEFAULT_STYLE_ID } from '../citations/citation-engine';
import { NotebookError } from '../../shared/result';
import type { NotebookOp } from './notebook-ops';
import { nowIso, type ImplOf, type NotebookContext } from './notebook-context';

type StyleMethods = 'addStyleFile' | 'removeStyle';

export function stylesService(ctx: NotebookContext): ImplOf<StyleMethods> {
  return {
    async addStyleFile() {
      const pick = ctx.ports.pickStyleFile;
      if (!pick) throw new NotebookError('INTERNAL', 'This notebook was opened without a way to choose a style file.');
      // Refused before the dialog opens when read-only, so nobody picks a file for nothing; the
      // dialog itself stays outside the write queue, which must not wait on the user.
      if (ctx.readOnly) throw new NotebookError('LOCKED', 'This notebook was opened read-only; styles cannot be added.');
      const path = await pick();
      if (!path) return null;
      return ctx.exclusive(() => ctx.citations.addStyle(path));
    },

    async removeStyle({ id }) {
      return ctx.exclusive(async () => {
        const style = ctx.citations.listStyles().find((s) => s.id === id);
        if (!style) throw new NotebookError('NOT_FOUND', `There is no citation style "${id}".`);
        if (style.builtin) throw new NotebookError('FORBIDDEN', `"${style.name}" is bundled with Dossier and cannot be removed.`);
        const { settings, briefings } = ctx.store.state;
        const fallback = settings.defaultStyle === id ? DEFAULT_STYLE_ID : settings.defaultStyle;
        const at = nowIso(ctx);
        // Nothing may point at a style that is gone: the default and the briefings move first.
        const ops: NotebookOp[] = briefings
          .filter((b) => b.style === id)
          .map((b) => ({ type: 'briefing.update', id: b.id, style: fallback, at }));
        if (settings.defaultStyle === id) ops.push({ type: 'settings.update', patch: { defaultStyle: fallback } });
        await ctx.store.commit(ops);
        await ctx.citations.removeStyle(id);
        return { briefingsRestyled: ops.filter((op) => op.type === 'briefing.update').length, defaultStyle: fallback };
      });
    },
  };
}
