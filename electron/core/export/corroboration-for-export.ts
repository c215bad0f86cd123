// What an export needs to know from corroboration, gathered once before the document is built:
// for each quote, the paragraphs of other sources that report it, and the discrepancies its
// claim has. Sources come through `sourceRef`, so the user's edits of source details are used.
import type { DiscrepancyView, Paragraph, SourceRef } from '../../shared/types';
import type { Corroboration } from '../corroboration/create-corroboration';

export interface CorroboratingParagraph {
  paragraph: Paragraph;
  source: SourceRef;
}

export interface CorroborationForExport {
  /** Per quote item id: the linked paragraphs of other sources, best first. */
  related: Record<string, CorroboratingParagraph[]>;
  /** The discrepancies of the claims the quoted paragraphs belong to, each claim once. */
  discrepancies: DiscrepancyView[];
  /** Every paragraph a discrepancy names, with its source. */
  paragraphs: Record<string, CorroboratingParagraph>;
}

export interface CorroborationLookup {
  paragraph(id: string): Paragraph | undefined;
  sourceRef(id: string): SourceRef;
}

export async function corroborationForExport(
  c: Corroboration,
  quotes: Record<string, { paragraph: Paragraph }>,
  lookup: CorroborationLookup,
): Promise<CorroborationForExport> {
  const resolve = (id: string): CorroboratingParagraph | undefined => {
    const paragraph = lookup.paragraph(id);
    return paragraph && { paragraph, source: lookup.sourceRef(paragraph.sourceId) };
  };
  const related: CorroborationForExport['related'] = {};
  const claimIds: string[] = [];
  for (const [itemId, { paragraph }] of Object.entries(quotes)) {
    related[itemId] = c
      .related(paragraph.id)
      .map((l) => resolve(l.b))
      .filter((x) => x !== undefined);
    const claim = c.claimFor(paragraph.id);
    if (claim && !claimIds.includes(claim.id)) claimIds.push(claim.id);
  }
  const discrepancies: DiscrepancyView[] = [];
  const paragraphs: CorroborationForExport['paragraphs'] = {};
  const found = await c.discrepanciesOf(claimIds); // one request for every claim, found off this thread
  for (const claimId of claimIds) {
    for (const d of found.get(claimId) ?? []) {
      const values = d.values.flatMap((v) => {
        const p = paragraphs[v.paragraphId] ?? resolve(v.paragraphId);
        if (!p) return [];
        paragraphs[v.paragraphId] = p;
        return [{ ...v, sourceId: p.paragraph.sourceId }];
      });
      discrepancies.push({ type: d.type, values });
    }
  }
  return { related, discrepancies, paragraphs };
}
