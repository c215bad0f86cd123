import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ClaimMemberView, ClaimView, Paragraph, ParagraphComparison, RelatedParagraph, SourceRef } from '../../api/contract';
import { notebook } from '../../api/notebook-client';
import { useApp } from '../../app/app-context';
import { HighlightedText } from '../../components/highlighted-text';
import { segmentText, type TextSpan } from '../../lib/highlight-segments';
import { linkKindHint, linkKindLabel, scoreHint, scoreLabel, sourceDetails, sourceTitle, wireNote } from './corroboration-labels';
import { PairDiscrepancies, pairDiscrepancies } from './pair-discrepancies';

interface Props {
  anchor: { paragraph: Paragraph; source: SourceRef };
  /** The claim the anchor belongs to, or null. */
  claim: ClaimView | null;
  related: RelatedParagraph;
  findClaim: (p: Paragraph) => Promise<ClaimView | null>;
  onOpen: (p: Paragraph) => void;
  onAdd: (p: Paragraph, source: SourceRef) => void;
}

const memberOf = (claim: ClaimView | null, id: string): ClaimMemberView | null => claim?.members.find((m) => m.paragraph.id === id) ?? null;

/** One paragraph against one related paragraph: the words that differ, the details they disagree on. */
export function ComparePair({ anchor, claim, related, findClaim, onOpen, onAdd }: Props) {
  const { report } = useApp();
  const [comparison, setComparison] = useState<ParagraphComparison | null>(null);
  const [relatedClaim, setRelatedClaim] = useState<ClaimView | null>(() => (memberOf(claim, related.paragraph.id) ? claim : null));
  const a = anchor.paragraph;
  const b = related.paragraph;

  useEffect(() => {
    let live = true;
    setComparison(null);
    notebook.compareParagraphs({ a: a.id, b: b.id }).then(
      (c) => live && setComparison(c),
      (e: unknown) => live && report(e),
    );
    findClaim(b).then(
      (c) => live && setRelatedClaim(c),
      () => live && setRelatedClaim(null),
    );
    return () => {
      live = false;
    };
  }, [a.id, b, findClaim, report]);

  const rows = useMemo(() => pairDiscrepancies(claim, a.id, b.id), [claim, a.id, b.id]);
  const spansOf = (side: 'a' | 'b'): TextSpan[] => rows.flatMap((r) => r[side].spans);
  const left = useMemo(() => segmentText(a.text, comparison?.a ?? null, spansOf('a')), [a.text, comparison, rows]);
  const right = useMemo(() => segmentText(b.text, comparison?.b ?? null, spansOf('b')), [b.text, comparison, rows]);
  const identical = comparison !== null && !comparison.a.some((p) => p.match && p.text.trim()) && !comparison.b.some((p) => p.match && p.text.trim());
  const otherDisagreements = claim && rows.length === 0 && claim.discrepancies.some((d) => d.values.some((v) => v.paragraphId === a.id));

  return (
    <div className="compare-pair">
      <div className="compare-columns">
        <Column
          role="This paragraph"
          paragraph={a}
          source={anchor.source}
          note={noteFor(memberOf(claim, a.id), claim)}
          text={<HighlightedText segments={left} />}
        />
        <Column
          role="Other report"
          link={
            <span className="compare-link">
              <span className={`link-kind kind-${related.kind}`} title={linkKindHint(related.kind)}>
                {linkKindLabel(related.kind)}
              </span>{' '}
              <span title={scoreHint(related)}>{scoreLabel(related)}</span>
            </span>
          }
          paragraph={b}
          source={related.source}
          note={noteFor(memberOf(relatedClaim, b.id), relatedClaim)}
          text={<HighlightedText segments={right} />}
        />
      </div>
      <p className="compare-status" aria-live="polite">
        {comparison === null
          ? 'Comparing the wording…'
          : identical
            ? 'The wording is identical.'
            : rows.length === 0
              ? 'The underlined words differ; the two agree on the numbers, dates and names they share.'
              : ''}
        {otherDisagreements && ' Other sources of this claim disagree with this paragraph on some details: see the whole claim.'}
      </p>
      <PairDiscrepancies rows={rows} left={anchor} right={related} />
      <div className="compare-actions">
        <button type="button" onClick={() => onOpen(b)}>
          Open ¶ {b.n} in the reader
        </button>
        <button type="button" onClick={() => onAdd(b, related.source)}>
          Add ¶ {b.n} to briefing…
        </button>
      </div>
    </div>
  );
}

function noteFor(member: ClaimMemberView | null, claim: ClaimView | null): string | null {
  if (!member) return null;
  return wireNote(member, claim) ?? 'Original report';
}

interface ColumnProps {
  role: string;
  /** How the other report is linked to this paragraph. */
  link?: ReactNode;
  paragraph: Paragraph;
  source: SourceRef;
  note: string | null;
  text: ReactNode;
}

function Column({ role, link, paragraph, source, note, text }: ColumnProps) {
  return (
    <article className="compare-col" aria-label={`¶ ${paragraph.n} of ${sourceTitle(source)}`}>
      <header className="compare-col-header">
        <span className="compare-role-line">
          <span className="compare-role">{role}</span>
          {link}
        </span>
        <span className="compare-source-title">{sourceTitle(source)}</span>
        <span className="compare-source-meta">
          {sourceDetails(source)} · ¶ {paragraph.n}
        </span>
        {note && <span className={`wire-note${note === 'Original report' ? '' : ' is-copy'}`}>{note}</span>}
      </header>
      <p className="compare-text">{text}</p>
    </article>
  );
}
