import { useEffect, useState } from 'react';
import { notebook } from '../../api/notebook-client';
import { firstWords } from '../../lib/format';

// Untitled sources are labelled by their opening words; fetched once per source, on demand.
const openingCache = new Map<string, Promise<string>>();

function openingWords(sourceId: string): Promise<string> {
  let p = openingCache.get(sourceId);
  if (!p) {
    p = notebook.getParagraph({ id: `${sourceId}:p1` }).then(
      (para) => firstWords(para.text, 8),
      () => '',
    );
    openingCache.set(sourceId, p);
  }
  return p;
}

/** A source's title, or "Untitled" with its first words in a muted style. Never an invented title. */
export function SourceTitle({ sourceId, title }: { sourceId: string; title: string }) {
  const [opening, setOpening] = useState('');
  useEffect(() => {
    if (title) return;
    let live = true;
    void openingWords(sourceId).then((w) => live && setOpening(w));
    return () => {
      live = false;
    };
  }, [sourceId, title]);
  if (title) return <>{title}</>;
  return (
    <>
      <span className="untitled">Untitled</span>
      {opening && <span className="muted"> {opening}</span>}
    </>
  );
}

export const dash = (value: string): string => value || '—';
