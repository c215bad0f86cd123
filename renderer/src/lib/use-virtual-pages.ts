import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { PagedList } from './use-paged-list';

export interface VirtualPagesOptions {
  rowHeight: number;
  overscan: number;
  /** Rows to fetch ahead of the last visible one, so fast scrolling rarely meets a loading row. */
  ahead: number;
  /** Rows to keep fetched behind the first visible one; default `ahead`. */
  behind?: number;
}

/** A virtualised window over a paged list: only the rows near the viewport are rendered or fetched. */
export function useVirtualPages<T>(list: PagedList<T>, opts: VirtualPagesOptions) {
  const total = list.total ?? 0;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scrollRef.current, estimateSize: () => opts.rowHeight, overscan: opts.overscan });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.index ?? 0;
  const last = rows[rows.length - 1]?.index ?? 0;
  const { ensureRange } = list;
  const behind = opts.behind ?? opts.ahead;
  const { ahead } = opts;
  useEffect(() => {
    if (total > 0) ensureRange(Math.max(0, first - behind), Math.min(total - 1, last + ahead));
  }, [first, last, total, ensureRange, ahead, behind]);
  return { total, scrollRef, virtualizer, rows };
}
