// `dossier related` and `dossier claims`: who else reports a paragraph, and the claims the
// corpus carries across sources, with their discrepancies.
import { NotebookError } from '../shared/result';
import type { ClaimView, DiscrepancyView, SourceRef } from '../shared/types';
import type { NotebookApi } from '../shared/api';
import type { CliArgs } from './cli-args';
import type { Command } from './cli-commands';
import { describeSource } from './cli-format';

/** The API's page size for claims. */
const PAGE = 100;
const SNIPPET = 110;

function need(rest: string[], count: number, usage: string): string[] {
  if (rest.length !== count) {
    throw new NotebookError('INVALID_INPUT', `${rest.length < count ? 'Missing argument' : 'Too many arguments'}. Usage: dossier ${usage}`);
  }
  return rest;
}

const out = (args: { json: boolean }, io: { out(t: string): void }, value: unknown, human: () => string) =>
  io.out(args.json ? JSON.stringify(value, null, 2) : human());

const snippet = (text: string): string => {
  const chars = [...text];
  return chars.length > SNIPPET ? `${chars.slice(0, SNIPPET - 1).join('')}…` : text;
};

const where = (n: number, source: SourceRef): string => `¶${n} of ${describeSource(source)}`;

function limitOf(args: CliArgs): number | undefined {
  if (args.limit === undefined) return undefined;
  const n = Number(args.limit);
  if (!Number.isInteger(n) || n < 1 || n > 500) throw new NotebookError('INVALID_INPUT', '--limit must be a whole number from 1 to 500.');
  return n;
}

const EARLIEST_NOTE: Record<NonNullable<ClaimView['earliestUncertainty']>, string> = {
  'undated-sources': 'an undated source may be earlier',
  'same-day': 'another source has the same date',
  'no-dates': 'no source is dated',
};

/** Side by side: which paragraph says what. Attribution values are name keys, not worth showing. */
function discrepancyLines(d: DiscrepancyView): string[] {
  const readAs = d.type === 'date' || d.type === 'number' || d.type === 'amount';
  return [`    ${d.type}:`, ...d.values.map((v) => `      ${v.paragraphId}: “${v.text}”${readAs && v.value !== v.text ? ` (read as ${v.value})` : ''}`)];
}

function claimLines(claim: ClaimView): string {
  const sources = `${claim.sourceCount} source${claim.sourceCount === 1 ? '' : 's'}, ${claim.independentSources} independent`;
  const note = claim.earliestUncertainty ? `; ${EARLIEST_NOTE[claim.earliestUncertainty]}` : '';
  const lines = [`Claim ${claim.id}: ${sources}; earliest report ${claim.earliestParagraphId}${note}`];
  for (const m of claim.members) {
    const best = m.paragraph.id === claim.bestParagraphId ? '*' : ' ';
    const wire = m.wireCopy ? `  [wire copy${m.wire ? `: ${m.wire}` : ''}${m.copyOf ? `, repeats ${m.copyOf}` : ''}]` : '';
    lines.push(`  ${best} ${m.paragraph.id}  ${where(m.paragraph.n, m.source)}${wire}`, `      ${snippet(m.paragraph.text)}`);
  }
  if (claim.discrepancies.length > 0) lines.push('  Discrepancies:', ...claim.discrepancies.flatMap(discrepancyLines));
  return lines.join('\n');
}

const CHECK_POLL_MS = 200;

async function allClaims(nb: NotebookApi, sourceId: string | undefined, discrepanciesOnly: boolean, limit: number | undefined) {
  const firstPage = () => nb.listClaims({ offset: 0, limit: Math.min(PAGE, limit ?? PAGE), sourceId, discrepanciesOnly });
  let first = await firstPage();
  // The filtered list is whole only once every claim is checked (in the background): wait for it.
  while ((first.checkedClaims ?? 0) < (first.totalClaims ?? 0)) {
    await new Promise((resolve) => setTimeout(resolve, CHECK_POLL_MS));
    first = await firstPage();
  }
  const items = [...first.items];
  const wanted = Math.min(first.total, limit ?? first.total);
  while (items.length < wanted) {
    items.push(...(await nb.listClaims({ offset: items.length, limit: Math.min(PAGE, wanted - items.length), sourceId, discrepanciesOnly })).items);
  }
  return { total: first.total, items };
}

export const CORROBORATION_COMMANDS: Record<string, Command> = {
  related: {
    usage: 'related <paragraphId>',
    summary: 'List the paragraphs of other sources that report the same statement, with each link’s kind and score (for a paragraph joined only through the claim, its chain’s weakest link)',
    writes: false,
    async run(nb, args, rest, io) {
      const [paragraphId] = need(rest, 1, this.usage) as [string];
      const p = await nb.getParagraph({ id: paragraphId });
      const related = await nb.relatedParagraphs({ paragraphId: p.id });
      out(args, io, related, () => {
        if (related.length === 0) return `No other source reports ${p.id}.`;
        const sources = new Set(related.map((r) => r.source.id)).size;
        return [
          `${related.length} paragraph${related.length === 1 ? '' : 's'} in ${sources} other source${sources === 1 ? '' : 's'} report ${p.id}:`,
          ...related.map((r) => `\n${r.paragraph.id}  ${r.kind === 'quote' ? 'same quote' : 'same fact '}  ${r.score.toFixed(2)}${r.via === 'claim' ? ' (through the claim)' : ''}  ${where(r.paragraph.n, r.source)}\n  ${snippet(r.paragraph.text)}`),
        ].join('\n');
      });
    },
  },
  claims: {
    usage: 'claims [--source ID] [--discrepancies-only] [--limit N]',
    summary: 'List claims carried by several sources: independent count, wire copies, earliest report, discrepancies',
    writes: false,
    async run(nb, args, rest, io) {
      need(rest, 0, this.usage);
      if (args.source.length > 1) throw new NotebookError('INVALID_INPUT', `claims takes one --source. Usage: dossier ${this.usage}`);
      const page = await allClaims(nb, args.source[0], args['discrepancies-only'], limitOf(args));
      out(args, io, page, () => {
        if (page.items.length === 0) return args['discrepancies-only'] ? 'No claim has a discrepancy.' : 'No statement is reported by more than one source.';
        const shown = page.items.length < page.total ? ` (showing ${page.items.length})` : '';
        const legend = '* marks the paragraph to quote: an original report, linked to most of the others.';
        return [`${page.total} claim${page.total === 1 ? '' : 's'}${shown}. ${legend}`, ...page.items.map(claimLines)].join('\n\n');
      });
    },
  },
};
