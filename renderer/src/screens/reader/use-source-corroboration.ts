import { useEffect, useState } from 'react';
import type { ParagraphCorroboration } from '../../api/contract';
import { notebook } from '../../api/notebook-client';

const NONE: ReadonlyMap<string, ParagraphCorroboration> = new Map();

export interface SourceCorroboration {
  byParagraph: ReadonlyMap<string, ParagraphCorroboration>;
  /** The call has not answered yet (the first of a session may wait for the corpus's links to be built). */
  waiting: boolean;
}

/**
 * Which paragraphs of the open source other sources also report: one call per opened source, in
 * the background. The paragraphs never wait for it; each entry object stays the same, so only the
 * paragraphs it marks re-render.
 */
export function useSourceCorroboration(sourceId: string, report: (e: unknown) => void): SourceCorroboration {
  const [byParagraph, setByParagraph] = useState(NONE);
  const [waiting, setWaiting] = useState(true);
  useEffect(() => {
    let live = true;
    setByParagraph(NONE);
    setWaiting(true);
    notebook
      .sourceCorroboration({ sourceId })
      .then(
        (list) => live && setByParagraph(new Map(list.map((c) => [c.paragraphId, c]))),
        (e: unknown) => live && report(e),
      )
      .finally(() => live && setWaiting(false));
    return () => {
      live = false;
    };
  }, [sourceId, report]);
  return { byParagraph, waiting };
}
