import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '../api/contract';

export interface PagedList<T> {
  /** Null until the first page has arrived. */
  total: number | null;
  get(index: number): T | undefined;
  /** Loads whatever pages cover [start, end] that are not loaded or loading yet. */
  ensureRange(start: number, end: number): void;
  /** Drops every page and loads again (after an edit changed what the list shows). */
  reload(): void;
}

/**
 * Keeps the pages of a long list that the user has scrolled near. The corpus can hold
 * thousands of rows, so only the visible window is ever requested.
 */
export function usePagedList<T>(
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
  key: string,
  onError: (e: unknown) => void,
  pageSize = 100,
): PagedList<T> {
  const pages = useRef(new Map<number, T[] | 'loading'>());
  const generation = useRef(0);
  const [total, setTotal] = useState<number | null>(null);
  const [, setVersion] = useState(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const errorRef = useRef(onError);
  errorRef.current = onError;

  const load = useCallback(
    (page: number) => {
      if (pages.current.has(page)) return;
      pages.current.set(page, 'loading');
      const gen = generation.current;
      fetchRef.current(page * pageSize, pageSize).then(
        (res) => {
          if (gen !== generation.current) return;
          pages.current.set(page, res.items);
          setTotal(res.total);
          setVersion((v) => v + 1);
        },
        (e: unknown) => {
          if (gen !== generation.current) return;
          pages.current.delete(page);
          errorRef.current(e);
        },
      );
    },
    [pageSize],
  );

  const reset = useCallback(() => {
    generation.current += 1;
    pages.current = new Map();
    load(0);
  }, [load]);

  useEffect(() => {
    setTotal(null);
    reset();
  }, [key, reset]);

  const get = useCallback(
    (index: number) => {
      const page = pages.current.get(Math.floor(index / pageSize));
      return Array.isArray(page) ? page[index % pageSize] : undefined;
    },
    [pageSize],
  );

  const ensureRange = useCallback(
    (start: number, end: number) => {
      for (let p = Math.floor(start / pageSize); p <= Math.floor(end / pageSize); p++) load(p);
    },
    [load, pageSize],
  );

  return { total, get, ensureRange, reload: reset };
}
