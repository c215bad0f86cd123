import { useMemo } from 'react';
import type { ClaimMemberView, ClaimView } from '../../api/contract';
import { hrefFor } from '../../app/route';
import { HighlightedText } from '../../components/highlighted-text';
import { segmentText } from '../../lib/highlight-segments';
import { sourceDetails, sourceName, sourceTitle, wireNote } from '../corroboration/corroboration-labels';

interface Props {
  member: ClaimMemberView;
  claim: ClaimView;
  onCompare: (member: ClaimMemberView) => void;
  onAdd: (member: ClaimMemberView) => void;
}

/** One report of a claim: where it comes from, whether it repeats another, and its disputed details boxed. */
export function ClaimMemberCard({ member, claim, onCompare, onAdd }: Props) {
  const p = member.paragraph;
  const title = sourceTitle(member.source);
  const spans = useMemo(
    () => claim.discrepancies.flatMap((d) => d.values.filter((v) => v.paragraphId === p.id).flatMap((v) => v.spans)),
    [claim, p.id],
  );
  const segments = useMemo(() => segmentText(p.text, null, spans), [p.text, spans]);
  const copy = wireNote(member, claim);
  // Other sources counted with this one: one independent report between them.
  const countedWith = [
    ...new Set(claim.members.filter((m) => m.group === member.group && m.source.id !== member.source.id).map((m) => sourceName(m.source))),
  ];
  const best = p.id === claim.bestParagraphId;
  const earliest = p.id === claim.earliestParagraphId && claim.earliestUncertainty !== 'no-dates';

  return (
    <li className={`member-card${best ? ' best' : ''}`} aria-label={`${title}, ¶ ${p.n}`}>
      <header className="member-header">
        <a className="member-title" href={hrefFor({ screen: 'reader', sourceId: p.sourceId, paragraphId: p.id })}>
          {title}
        </a>
        <span className="member-meta">
          {sourceDetails(member.source)} · ¶ {p.n}
        </span>
        <span className="member-badges">
          {best && <span className="badge badge-accent">Best-sourced</span>}
          {earliest && <span className="badge">Earliest</span>}
          {copy ? <span className="badge badge-copy">{copy}</span> : <span className="badge">Original report</span>}
          {countedWith.length > 0 && <span className="badge">Counted once with {countedWith.join(', ')}</span>}
        </span>
      </header>
      <p className="member-text">
        <HighlightedText segments={segments} />
      </p>
      <div className="member-actions">
        <button type="button" className="small" onClick={() => onCompare(member)}>
          Compare…<span className="sr-only"> {title} ¶ {p.n}</span>
        </button>
        <button type="button" className="small" onClick={() => onAdd(member)}>
          Add to briefing…<span className="sr-only"> {title} ¶ {p.n}</span>
        </button>
      </div>
    </li>
  );
}
