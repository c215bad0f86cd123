import { useEffect, useState } from 'react';
import type { CorroborationState } from '../../api/contract';
import { notebook } from '../../api/notebook-client';

/** A load from the cache takes a second or two: say nothing unless it takes longer than this. */
const FIRST_LOOK_MS = 700;
const POLL_MS = 1000;

/**
 * While `waiting` (a corroboration call has not answered yet), how far the build of the links
 * is; null while there is nothing to say. The first build of a large corpus takes minutes, and
 * the call waits for it: this lets the screen say so instead of spinning.
 */
export function useCorroborationProgress(waiting: boolean): CorroborationState | null {
  const [state, setState] = useState<CorroborationState | null>(null);
  useEffect(() => {
    setState(null);
    if (!waiting) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout>;
    const poll = () => {
      notebook.corroborationStatus().then(
        (s) => {
          if (!live) return;
          setState(s.state === 'building' ? s : null);
          if (s.state === 'building' || s.state === 'idle') timer = setTimeout(poll, POLL_MS);
        },
        () => undefined, // the waiting call reports its own failure
      );
    };
    timer = setTimeout(poll, FIRST_LOOK_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [waiting]);
  return state;
}
