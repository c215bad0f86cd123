import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { ClaimView } from '../../api/contract';
import { formatDate } from '../../lib/format';
import { useVirtualPages } from '../../lib/use-virtual-pages';
import type { PagedList } from '../../lib/use-paged-list';
import { NotEqualIcon } from '../../components/not-equal-icon';
import { discrepancyTypes, independenceLabel, sourceName } from '../corroboration/corroboration-labels';

const ROW_HEIGHT = 118;
const PREFETCH = 200;
const PAGE_STEP = 5;

interface Props {
  list: PagedList<ClaimView>;
  selectedId?: string;
  onSelect: (claimId: string) => void;
}

/**
 * The claims as a listbox: paged and virtualised (a large corpus has thousands), so focus stays on
 * the list and the arrow keys move an active row that is scrolled into view; Enter opens it.
 */
export function ClaimList({ list, selectedId, onSelect }: Props) {
  const [active, setActive] = useState(0);
  const baseId = useId();
  const { total, scrollRef, virtualizer, rows } = useVirtualPages(list, { rowHeight: ROW_HEIGHT, overscan: 6, ahead: PREFETCH });
  useEffect(() => setActive((a) => Math.min(a, Math.max(0, total - 1))), [total]);

  const moveTo = (index: number) => {
    const i = Math.max(0, Math.min(total - 1, index));
    setActive(i);
    virtualizer.scrollToIndex(i, { align: 'auto' });
  };
  const choose = (index: number) => {
    const claim = list.get(index);
    if (claim) onSelect(claim.id);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(active + 1),
      ArrowUp: () => moveTo(active - 1),
      PageDown: () => moveTo(active + PAGE_STEP),
      PageUp: () => moveTo(active - PAGE_STEP),
      Home: () => moveTo(0),
      End: () => moveTo(total - 1),
      Enter: () => choose(active),
      ' ': () => choose(active),
    };
    const run = keys[e.key];
    if (run) {
      e.preventDefault();
      run();
    }
  };

  const optionId = (i: number) => `${baseId}-claim-${i}`;
  return (
    <div
      className="virtual-scroll claim-listbox"
      ref={scrollRef}
      role="listbox"
      aria-label="Claims"
      tabIndex={0}
      aria-activedescendant={total > 0 && rows.some((r) => r.index === active) ? optionId(active) : undefined}
      onKeyDown={onKeyDown}
    >
      <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {rows.map((row) => {
          const claim = list.get(row.index);
          const selected = !!claim && claim.id === selectedId;
          return (
            <div
              key={row.key}
              id={optionId(row.index)}
              role="option"
              aria-selected={selected}
              aria-setsize={total}
              aria-posinset={row.index + 1}
              className={`claim-row${selected ? ' selected' : ''}${row.index === active ? ' active' : ''}`}
              style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
              onClick={() => {
                setActive(row.index);
                choose(row.index);
              }}
            >
              {claim ? <ClaimRow claim={claim} /> : <span className="muted">Loading…</span>}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function ClaimRow({ claim }: { claim: ClaimView }) {
  const best = claim.members.find((m) => m.paragraph.id === claim.bestParagraphId) ?? claim.members[0];
  const earliest = claim.members.find((m) => m.paragraph.id === claim.earliestParagraphId);
  const copies = claim.sourceCount - claim.independentSources;
  return (
    <>
      <span className="claim-row-text">{best?.paragraph.text}</span>
      <span className="claim-row-meta">
        <strong>{independenceLabel(claim)}</strong>
        {copies > 0 && <span className="muted"> (copies counted once)</span>}
      </span>
      <span className="claim-row-meta claim-row-line">
        {claim.discrepancies.length > 0 && (
          <span className="claim-flag">
            <NotEqualIcon className="flag-icon small" /> Differ on {discrepancyTypes(claim.discrepancies)}
          </span>
        )}
        <span className="claim-row-first muted">
          {earliest && claim.earliestUncertainty !== 'no-dates'
            ? `First: ${sourceName(earliest.source)}${earliest.source.published ? `, ${formatDate(earliest.source.published)}` : ''}`
            : 'No source gives a date'}
        </span>
      </span>
    </>
  );
}
