import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ClaimView, Paragraph, RelatedParagraph, SourceRef } from '../../api/contract';
import { notebook } from '../../api/notebook-client';
import { useApp } from '../../app/app-context';
import { AddToBriefingDialog } from '../../components/add-to-briefing-dialog';
import { ModalDialog } from '../../components/modal-dialog';
import { plural } from '../../lib/format';
import { independenceLabel, linkKindLabel, scoreHint, scoreLabel, sourceTitle } from './corroboration-labels';
import { ComparePair } from './compare-pair';
import { useClaimFinder } from './use-claim-finder';

interface Props {
  paragraph: Paragraph;
  source: SourceRef;
  claimId: string | null;
  /** The related paragraph to show first; default the best linked one. */
  initialId?: string;
  /** Offer "See the whole claim" (not on the Claims screen, which already shows it). */
  claimLink?: boolean;
  onClose: () => void;
}

/** A paragraph side by side with each paragraph of another source that reports the same statement. */
export function CompareDialog({ paragraph, source, claimId, initialId, claimLink = true, onClose }: Props) {
  const { attempt, navigate } = useApp();
  const [related, setRelated] = useState<RelatedParagraph[] | null>(null);
  const [claim, setClaim] = useState<ClaimView | null>(null);
  const [selectedId, setSelectedId] = useState<string | undefined>(initialId);
  const [adding, setAdding] = useState<{ paragraph: Paragraph; source: SourceRef } | null>(null);
  const tablistRef = useRef<HTMLDivElement>(null);
  const findClaim = useClaimFinder(claim);
  const baseId = useId();

  useEffect(() => {
    void attempt(async () => {
      const [list, c] = await Promise.all([
        notebook.relatedParagraphs({ paragraphId: paragraph.id }),
        claimId ? notebook.getClaim({ claimId }) : Promise.resolve(null),
      ]);
      setClaim(c);
      setRelated(list);
      setSelectedId((id) => (id && list.some((r) => r.paragraph.id === id) ? id : list[0]?.paragraph.id));
    });
  }, [attempt, paragraph.id, claimId]);

  // The list arrives after the dialog opened: put focus on the chosen tab, unless the user moved it.
  useEffect(() => {
    if (!related) return;
    const dialog = tablistRef.current?.closest('dialog');
    if (!dialog || (document.activeElement && document.activeElement !== dialog && !document.activeElement.matches('.modal-header button'))) return;
    tablistRef.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }, [related]);

  const selected = related?.find((r) => r.paragraph.id === selectedId);
  const sources = new Set(related?.map((r) => r.source.id)).size;
  const tabId = (id: string) => `${baseId}-tab-${id}`;

  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!related?.length) return;
    const i = related.findIndex((r) => r.paragraph.id === selectedId);
    const next: Record<string, number> = { ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: related.length - 1 };
    const to = next[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const r = related[(to + related.length) % related.length];
    if (!r) return;
    setSelectedId(r.paragraph.id);
    document.getElementById(tabId(r.paragraph.id))?.focus();
  };

  const open = (p: Paragraph) => {
    onClose();
    navigate({ screen: 'reader', sourceId: p.sourceId, paragraphId: p.id });
  };

  return (
    <ModalDialog title={`Compare ¶ ${paragraph.n} with other sources`} onClose={onClose} className="compare-dialog">
      {related === null ? (
        <p className="muted" aria-busy="true">
          Finding the other reports…
        </p>
      ) : related.length === 0 ? (
        <p>No other source reports this paragraph any more (the corpus may have changed).</p>
      ) : (
        <>
          <div className="compare-summary">
            <p>
              <strong>Also reported by {plural(sources, 'source')}</strong>
              {related.length > sources && <span className="muted"> ({plural(related.length, 'paragraph')})</span>}
              {claim && <span className="muted"> · part of a claim carried by {independenceLabel(claim)}</span>}
              {claimLink && claim && (
                <>
                  {' · '}
                  <button
                    type="button"
                    className="link-button inline"
                    onClick={() => {
                      onClose();
                      navigate({ screen: 'claims', claimId: claim.id });
                    }}
                  >
                    See the whole claim
                  </button>
                </>
              )}
            </p>
            <p className="compare-legend">
              <mark className="diff">Underlined</mark> words differ between the two paragraphs; <mark className="detail">boxed</mark> details
              are where they disagree.
            </p>
          </div>
          <div className="compare-layout">
            <div className="compare-tabs" role="tablist" aria-label="Other reports" aria-orientation="vertical" ref={tablistRef} onKeyDown={onTabKey}>
              {related.map((r) => {
                const on = r.paragraph.id === selectedId;
                return (
                  <button
                    key={r.paragraph.id}
                    type="button"
                    role="tab"
                    id={tabId(r.paragraph.id)}
                    aria-selected={on}
                    aria-controls={`${baseId}-panel`}
                    tabIndex={on ? 0 : -1}
                    className="compare-tab"
                    onClick={() => setSelectedId(r.paragraph.id)}
                  >
                    <span className="tab-title">{sourceTitle(r.source)}</span>
                    <span className="tab-meta">
                      {r.source.outlet && <>{r.source.outlet} · </>}¶ {r.paragraph.n}
                    </span>
                    <span className="tab-meta">
                      <span className={`link-kind kind-${r.kind}`}>{linkKindLabel(r.kind)}</span> <span title={scoreHint(r)}>{scoreLabel(r)}</span>
                    </span>
                  </button>
                );
              })}
            </div>
            <div role="tabpanel" id={`${baseId}-panel`} aria-labelledby={selected ? tabId(selected.paragraph.id) : undefined} className="compare-panel">
              {selected && (
                <ComparePair
                  key={selected.paragraph.id}
                  anchor={{ paragraph, source }}
                  claim={claim}
                  related={selected}
                  findClaim={findClaim}
                  onOpen={open}
                  onAdd={(p, s) => setAdding({ paragraph: p, source: s })}
                />
              )}
            </div>
          </div>
        </>
      )}
      {adding && (
        <AddToBriefingDialog
          paragraphIds={[adding.paragraph.id]}
          what={`¶ ${adding.paragraph.n} of “${sourceTitle(adding.source)}”`}
          onClose={() => setAdding(null)}
        />
      )}
    </ModalDialog>
  );
}
