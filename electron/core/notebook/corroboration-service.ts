// Corroboration over the notebook: the core's links and claims, with paragraphs and sources
// resolved (and the user's source edits applied) so the UI, the CLI and export can show them.
import type { ClaimPage, ClaimView, DiscrepancyView, ParagraphCorroboration, RelatedParagraph } from '../../shared/types';
import { NotebookError } from '../../shared/result';
import type { Claim, Corroboration, Discrepancy } from '../corroboration/create-corroboration';
import { requireParagraph, sourceMeta, sourceRef, type ImplOf, type NotebookContext } from './notebook-context';

type CorroborationMethods = 'relatedParagraphs' | 'sourceCorroboration' | 'listClaims' | 'getClaim' | 'compareParagraphs' | 'corroborationStatus';

/** The member to quote: not a wire copy if any is not, then with links of its own to most other members, then earliest. */
export function bestMember(claim: Claim, c: Corroboration): string {
  const inClaim = new Set(claim.members.map((m) => m.paragraphId));
  let best = claim.members[0]?.paragraphId ?? '';
  let bestKey = -1;
  for (const m of claim.members) {
    const links = c.linksOf(m.paragraphId).filter((l) => inClaim.has(l.b)).length;
    const key = (m.wireCopy ? 0 : 1_000_000) + links;
    if (key > bestKey) {
      best = m.paragraphId;
      bestKey = key;
    }
  }
  return best;
}

/** `found`: the claim's discrepancies (c.discrepanciesOf, asked once for a whole page). */
export function claimView(ctx: NotebookContext, c: Corroboration, claim: Claim, found: readonly Discrepancy[]): ClaimView {
  const discrepancies: DiscrepancyView[] = found.map((d) => ({
    type: d.type,
    values: d.values.map((v) => ({ ...v, sourceId: requireParagraph(ctx, v.paragraphId).sourceId })),
  }));
  return {
    id: claim.id,
    members: claim.members.map((m) => ({
      paragraph: requireParagraph(ctx, m.paragraphId),
      source: sourceRef(ctx, m.sourceId),
      wire: m.wire,
      copyOf: m.copyOf,
      wireCopy: m.wireCopy,
      group: m.group,
    })),
    sourceCount: claim.sources.length,
    independentSources: claim.independentSources,
    earliestParagraphId: claim.earliest.paragraphId,
    earliestUncertainty: claim.earliestUncertainty,
    bestParagraphId: bestMember(claim, c),
    discrepancies,
  };
}

export function relatedTo(ctx: NotebookContext, c: Corroboration, paragraphId: string): RelatedParagraph[] {
  return c.related(paragraphId).map((l) => {
    const paragraph = requireParagraph(ctx, l.b);
    return { paragraph, source: sourceRef(ctx, paragraph.sourceId), kind: l.kind, score: Math.round(l.score * 1000) / 1000, via: l.via };
  });
}

export function corroborationService(ctx: NotebookContext): ImplOf<CorroborationMethods> {
  /** How the background check last failed: the next filtered list says so once, the one after tries again. */
  let checkFailure: unknown = null;
  return {
    async relatedParagraphs({ paragraphId }) {
      requireParagraph(ctx, paragraphId);
      return relatedTo(ctx, await ctx.corroboration(), paragraphId);
    },
    async sourceCorroboration({ sourceId }) {
      const entry = ctx.corpus.getSource(sourceMeta(ctx, sourceId).id);
      const c = await ctx.corroboration();
      const out: ParagraphCorroboration[] = [];
      for (const p of entry?.paragraphs ?? []) {
        const links = c.related(p.id);
        if (links.length === 0) continue;
        const others = new Set(links.map((l) => l.b.slice(0, l.b.lastIndexOf(':p'))));
        out.push({ paragraphId: p.id, otherSources: others.size, claimId: c.claimFor(p.id)?.id ?? null });
      }
      return out;
    },
    async listClaims({ offset, limit, sourceId, discrepanciesOnly }): Promise<ClaimPage> {
      const c = await ctx.corroboration();
      if (sourceId !== undefined) sourceMeta(ctx, sourceId);
      const ofSource = c.claims().filter((claim) => sourceId === undefined || claim.sources.includes(sourceId));
      let claims = ofSource;
      let check: Pick<ClaimPage, 'checkedClaims' | 'totalClaims'> = {};
      if (discrepanciesOnly && checkFailure !== null) {
        const e = checkFailure;
        checkFailure = null;
        throw e;
      }
      // Checking every claim takes most of an hour at 10,000 articles, once (the answers are
      // saved): the worker does it in the background, in list order, from the first look at the
      // claims, so later pages and the filter find their answers ready. The filtered list is what
      // is checked so far, saying how far that is.
      c.checkAllDiscrepancies().catch((e: unknown) => {
        checkFailure = e;
      });
      if (discrepanciesOnly) {
        let checked = 0;
        claims = ofSource.filter((claim) => {
          const known = c.knownDiscrepancies(claim.id);
          if (known) checked++;
          return (known?.length ?? 0) > 0;
        });
        check = { checkedClaims: checked, totalClaims: ofSource.length };
      }
      const page = claims.slice(offset, offset + limit);
      const found = await c.discrepanciesOf(page.map((claim) => claim.id));
      return { total: claims.length, items: page.map((claim) => claimView(ctx, c, claim, found.get(claim.id) ?? [])), ...check };
    },
    async getClaim({ claimId }) {
      const c = await ctx.corroboration();
      const claim = c.claims().find((x) => x.id === claimId);
      if (!claim) throw new NotebookError('NOT_FOUND', `No claim "${claimId}": claim ids change when the corpus does; list the claims again.`);
      return claimView(ctx, c, claim, await c.discrepancies(claim.id));
    },
    async compareParagraphs({ a, b }) {
      requireParagraph(ctx, a);
      requireParagraph(ctx, b);
      return (await ctx.corroboration()).compare(a, b);
    },
    async corroborationStatus() {
      return ctx.corroborationState();
    },
  };
}
