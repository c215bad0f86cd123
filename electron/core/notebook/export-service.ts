// Citations and export. Every quote is checked against the corpus first: a broken quote stops
// the export with a message naming it, so an exported briefing never misquotes silently.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { NotebookError } from '../../shared/result';
import type { Briefing, ExportFormat, Paragraph, PaperSize, SourceMeta } from '../../shared/types';
import { buildBriefingDocument } from '../export/build-briefing-document';
import { corroborationForExport } from '../export/corroboration-for-export';
import { renderMarkdown } from '../export/render-markdown';
import { requireBriefing, resolveQuotes } from './briefings-service';
import { requireParagraph, sourceMeta, sourceRef, type ImplOf, type NotebookContext } from './notebook-context';

type ExportMethods = 'citeParagraph' | 'listStyles' | 'previewExport' | 'exportBriefing' | 'showInFolder';

/** The corroboration options of an export; both off unless asked for. */
interface ExportExtras {
  alsoReported?: boolean;
  agreement?: boolean;
}

const EXTENSIONS: Record<ExportFormat, string> = { md: '.md', html: '.html', pdf: '.pdf' };

export const fileNameFor = (title: string, format: ExportFormat) =>
  `${
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'briefing'
  }${EXTENSIONS[format]}`;

/** The quotes of a briefing, verified: throws BROKEN_QUOTES naming every quote that no longer matches. */
export function verifiedQuotes(ctx: NotebookContext, b: Briefing): Record<string, { paragraph: Paragraph; source: SourceMeta }> {
  const resolved = resolveQuotes(ctx, b);
  const out: Record<string, { paragraph: Paragraph; source: SourceMeta }> = {};
  const broken: string[] = [];
  b.items.forEach((it, i) => {
    if (it.type !== 'quote') return;
    const r = resolved[it.id];
    if (!r?.paragraph) {
      const sid = it.paragraphId.slice(0, it.paragraphId.lastIndexOf(':p'));
      const title = ctx.corpus.getSource(sid) ? sourceMeta(ctx, sid).title || sid : sid;
      broken.push(`item ${i + 1} quotes ¶${it.paragraphId.slice(it.paragraphId.lastIndexOf(':p') + 2)} of “${title}”, which changed or is gone`);
      return;
    }
    out[it.id] = { paragraph: r.paragraph, source: sourceMeta(ctx, r.paragraph.sourceId) };
  });
  if (broken.length > 0) {
    throw new NotebookError(
      'BROKEN_QUOTES',
      `Export stopped: ${broken.length} quote${broken.length > 1 ? 's no longer match' : ' no longer matches'} the corpus: ${broken.join('; ')}. Re-anchor or remove ${broken.length > 1 ? 'them' : 'it'}, then export again.`,
    );
  }
  return out;
}

export function exportService(ctx: NotebookContext): ImplOf<ExportMethods> {
  // Only files this notebook wrote may be revealed: the renderer must not probe the file system.
  const written = new Set<string>();
  const styleFor = (requested: string | undefined, b?: Briefing) => {
    const style = requested ?? b?.style ?? ctx.store.state.settings.defaultStyle;
    if (!ctx.citations.listStyles().some((s) => s.id === style)) {
      throw new NotebookError('NOT_FOUND', `No citation style "${style}".`);
    }
    return style;
  };
  const render = async (b: Briefing, format: ExportFormat, styleId: string, paper: PaperSize, extras: ExportExtras): Promise<string | Uint8Array> => {
    const quotes = verifiedQuotes(ctx, b);
    const alsoReported = extras.alsoReported === true;
    const agreement = extras.agreement === true;
    const corroboration =
      alsoReported || agreement
        ? {
            data: await corroborationForExport(await ctx.corroboration(), quotes, {
              paragraph: (id) => ctx.corpus.getParagraph(id),
              sourceRef: (id) => sourceRef(ctx, id),
            }),
            alsoReported,
            agreement,
          }
        : undefined;
    const doc = buildBriefingDocument({ briefing: b, quotes, styleId, citations: ctx.citations, corroboration });
    if (format === 'md') return renderMarkdown(doc);
    // Loaded at the first HTML or PDF export: the sanitiser brings jsdom, which a cold start need not load.
    const { renderHtml } = await import('../export/render-html');
    const html = renderHtml(doc, { paper });
    if (format === 'html') return html;
    return (await ctx.pdfPrinter()).print(html, { paper, title: b.title });
  };

  return {
    async citeParagraph({ paragraphId, style }) {
      const p = requireParagraph(ctx, paragraphId);
      return { text: ctx.citations.cite(sourceMeta(ctx, p.sourceId), p.n, styleFor(style)) };
    },

    async listStyles() {
      return ctx.citations.listStyles();
    },

    async previewExport({ briefingId, format, style, alsoReported, agreement }) {
      const b = requireBriefing(ctx, briefingId);
      const content = (await render(b, format, styleFor(style, b), ctx.store.state.settings.paper, { alsoReported, agreement })) as string;
      return { format, suggestedName: fileNameFor(b.title, format), content };
    },

    async exportBriefing({ briefingId, format, style, paper, alsoReported, agreement }) {
      const b = requireBriefing(ctx, briefingId);
      const data = await render(b, format, styleFor(style, b), paper ?? ctx.store.state.settings.paper, { alsoReported, agreement });
      if (!ctx.ports.pickSavePath) throw new NotebookError('INTERNAL', 'This notebook was opened without a way to choose where to save.');
      const path = await ctx.ports.pickSavePath(fileNameFor(b.title, format), format, ctx.store.state.settings.lastExportDir);
      if (!path) return { path: null, format, bytes: 0 };
      const tmp = join(dirname(path), `.${Date.now()}-${process.pid}.dossier-export`);
      try {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(tmp, data);
        await rename(tmp, path);
      } catch (e) {
        throw new NotebookError('IO', `Could not write ${path}: ${(e as Error).message}`);
      }
      if (!ctx.readOnly && dirname(path) !== ctx.store.state.settings.lastExportDir) {
        await ctx.exclusive(() => ctx.store.commit({ type: 'settings.update', patch: { lastExportDir: dirname(path) } }));
      }
      written.add(path);
      return { path, format, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength };
    },

    async showInFolder({ path }) {
      if (!written.has(path)) throw new NotebookError('FORBIDDEN', 'Only a file exported in this session can be shown.');
      if (!ctx.ports.showInFolder) throw new NotebookError('INTERNAL', 'Showing files is not available here.');
      await ctx.ports.showInFolder(path);
    },
  };
}
