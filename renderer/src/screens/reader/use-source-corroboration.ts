import { useEffect, useState } from 'react';
import type { ParagraphCorroboration } from '../../api/contract';
import { notebook } from '../../api/notebook-client';

const NONE: ReadonlyMap<string, ParagraphCorroboration> = new Map();

/**
 * Which paragraphs of the open source other sources also report: one call per opened source, in
 * the background. The paragraphs never wait for it (the first call of a session may build the
 * corpus's links); each entry object stays the same, so only the paragraphs it marks re-render.
 */
export function useSourceCorroboration(sourceId: string, report: (e: unknown) => void): ReadonlyMap<string, ParagraphCorroboration> {
  const [byParagraph, setByParagraph] = useState(NONE);
  useEffect(() => {
    let live = true;
    setByParagraph(NONE);
    notebook.sourceCorroboration({ sourceId }).then(
      (list) => live && setByParagraph(new Map(list.map((c) => [c.paragraphId, c]))),
      (e: unknown) => live && report(e),
    );
    return () => {
      live = false;
    };
  }, [sourceId, report]);
  return byParagraph;
}
