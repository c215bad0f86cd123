import { useEffect, useRef, useState } from 'react';

export interface Answer<Q, A> {
  input: Q;
  value: A;
}

/**
 * The answer to a changing input (a search box as the user types), with no debounce delay: at
 * most one request is in flight, and while it runs only the newest input waits to go next, so a
 * fast typist never queues stale requests. An answer that arrives after the input moved on is
 * dropped; until the current input's answer arrives, the last one shown stays (no flicker), so
 * compare `input` to know which text it answers. Null while the input is null.
 */
export function useLatestAnswer<Q, A>(input: Q | null, ask: (input: Q) => Promise<A>, onError: (e: unknown) => void): Answer<Q, A> | null {
  const [answer, setAnswer] = useState<Answer<Q, A> | null>(null);
  const current = useRef<Q | null>(input);
  const waiting = useRef<{ input: Q } | null>(null);
  const busy = useRef(false);
  const live = useRef(true);
  const askRef = useRef(ask);
  const errorRef = useRef(onError);
  current.current = input;
  askRef.current = ask;
  errorRef.current = onError;

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  useEffect(() => {
    const pump = () => {
      const next = waiting.current;
      if (busy.current || !next) return;
      waiting.current = null;
      busy.current = true;
      const isCurrent = () => live.current && Object.is(current.current, next.input);
      askRef.current(next.input)
        .then(
          (value) => isCurrent() && setAnswer({ input: next.input, value }),
          (e: unknown) => isCurrent() && errorRef.current(e),
        )
        .finally(() => {
          busy.current = false;
          pump();
        });
    };
    if (input === null) {
      waiting.current = null;
      setAnswer(null);
      return;
    }
    waiting.current = { input };
    pump();
  }, [input]);

  return input === null ? null : answer;
}
