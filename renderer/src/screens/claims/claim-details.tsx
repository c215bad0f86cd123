import { useEffect, useState } from 'react';
import type { ClaimMemberView, ClaimView } from '../../api/contract';
import { NotebookError } from '../../api/contract';
import { notebook } from '../../api/notebook-client';
import { useApp } from '../../app/app-context';
import { hrefFor } from '../../app/route';
import { AddToBriefingDialog } from '../../components/add-to-briefing-dialog';
import { EmptyState } from '../../components/empty-state';
import { NotEqualIcon } from '../../components/not-equal-icon';
import { firstWords, plural } from '../../lib/format';
import { CompareDialog } from '../corroboration/compare-dialog';
import { discrepancyTypes, earliestLabel, independenceLabel, sourceDetails, sourceTitle } from '../corroboration/corroboration-labels';
import { ClaimDiscrepancies } from './claim-discrepancies';
import { ClaimMemberCard } from './claim-member-card';

type Loaded = { claim: ClaimView } | { missing: true } | null;

/** One claim: the paragraph to quote, where the sources disagree, and every report side by side. */
export function ClaimDetails({ claimId }: { claimId: string }) {
  const { report, navigate } = useApp();
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [adding, setAdding] = useState<ClaimMemberView | null>(null);
  const [comparing, setComparing] = useState<ClaimMemberView | null>(null);

  useEffect(() => {
    let live = true;
    notebook.getClaim({ claimId }).then(
      (claim) => live && setLoaded({ claim }),
      (e: unknown) => {
        if (!live) return;
        if (e instanceof NotebookError && e.code === 'NOT_FOUND') setLoaded({ missing: true });
        else report(e);
      },
    );
    return () => {
      live = false;
    };
  }, [claimId, report]);

  if (loaded === null) return <p className="muted">Loading the claim…</p>;
  if ('missing' in loaded) {
    return (
      <EmptyState title="This claim is no longer there">
        <p>Claims are worked out again when the sources change, and this one has changed or gone. Choose a claim from the list.</p>
      </EmptyState>
    );
  }
  const { claim } = loaded;
  const best = claim.members.find((m) => m.paragraph.id === claim.bestParagraphId) ?? claim.members[0];
  if (!best) return null;
  const bestTitle = sourceTitle(best.source);

  return (
    <article className="claim-details" aria-labelledby="claim-heading">
      <header className="claim-header">
        <h2 id="claim-heading">“{firstWords(best.paragraph.text, 14)}”</h2>
        <ul className="claim-facts">
          <li>
            <strong>{independenceLabel(claim)}</strong>
            {claim.members.length > claim.sourceCount && <span className="muted"> ({plural(claim.members.length, 'paragraph')})</span>}
          </li>
          <li>{earliestLabel(claim)}</li>
          {claim.discrepancies.length > 0 && (
            <li className="claim-flag">
              <NotEqualIcon className="flag-icon small" /> Sources differ: {discrepancyTypes(claim.discrepancies)}
            </li>
          )}
        </ul>
      </header>

      <section className="claim-section best-paragraph" aria-labelledby="best-heading">
        <h3 id="best-heading">Best-sourced paragraph</h3>
        <blockquote className="quote-text">{best.paragraph.text}</blockquote>
        <p className="quote-cite">
          <a href={hrefFor({ screen: 'reader', sourceId: best.paragraph.sourceId, paragraphId: best.paragraph.id })}>{bestTitle}</a> ·{' '}
          {sourceDetails(best.source)} · ¶ {best.paragraph.n}
        </p>
        <p className="hint">{best.wireCopy ? 'Every report of this claim repeats a wire or another outlet; this one is linked to the most others.' : 'An original report (not a wire copy) that the most other reports match.'}</p>
        <div className="claim-actions">
          <button type="button" className="primary" onClick={() => setAdding(best)}>
            Add best-sourced paragraph to briefing
          </button>
          <button type="button" onClick={() => navigate({ screen: 'reader', sourceId: best.paragraph.sourceId, paragraphId: best.paragraph.id })}>
            Open in the reader
          </button>
        </div>
      </section>

      <ClaimDiscrepancies claim={claim} />

      <section className="claim-section" aria-labelledby="members-heading">
        <h3 id="members-heading">Every report of this claim</h3>
        <p className="hint">Oldest first. Boxed words are the details the sources disagree on; Compare shows the wording side by side.</p>
        <ul className="member-grid" aria-labelledby="members-heading">
          {claim.members.map((m) => (
            <ClaimMemberCard key={m.paragraph.id} member={m} claim={claim} onCompare={setComparing} onAdd={setAdding} />
          ))}
        </ul>
      </section>

      {adding && (
        <AddToBriefingDialog
          paragraphIds={[adding.paragraph.id]}
          what={`¶ ${adding.paragraph.n} of “${sourceTitle(adding.source)}”`}
          onClose={() => setAdding(null)}
        />
      )}
      {comparing && (
        <CompareDialog
          paragraph={comparing.paragraph}
          source={comparing.source}
          claimId={claim.id}
          initialId={comparing.paragraph.id === claim.bestParagraphId ? undefined : claim.bestParagraphId}
          claimLink={false}
          onClose={() => setComparing(null)}
        />
      )}
    </article>
  );
}
