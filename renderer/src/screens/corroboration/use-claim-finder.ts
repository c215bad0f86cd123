import { useCallback, useRef } from 'react';
import type { ClaimView, Paragraph } from '../../api/contract';
import { notebook } from '../../api/notebook-client';

/**
 * Finds the claim a paragraph belongs to (or null), once per paragraph: through its source's
 * corroboration, then the claim itself. A related paragraph may sit in another claim than the one
 * being compared, and its wire or copy status lives there.
 */
export function useClaimFinder(known: ClaimView | null): (p: Paragraph) => Promise<ClaimView | null> {
  const bySource = useRef(new Map<string, Promise<Map<string, string | null>>>());
  const byClaim = useRef(new Map<string, Promise<ClaimView>>());
  return useCallback(
    async (p: Paragraph) => {
      if (known?.members.some((m) => m.paragraph.id === p.id)) return known;
      let claims = bySource.current.get(p.sourceId);
      if (!claims) {
        claims = notebook
          .sourceCorroboration({ sourceId: p.sourceId })
          .then((list) => new Map(list.map((c): [string, string | null] => [c.paragraphId, c.claimId])));
        bySource.current.set(p.sourceId, claims);
      }
      const claimId = (await claims).get(p.id);
      if (!claimId) return null;
      let claim = byClaim.current.get(claimId);
      if (!claim) {
        claim = notebook.getClaim({ claimId });
        byClaim.current.set(claimId, claim);
      }
      return claim;
    },
    [known],
  );
}
