import type { CorroborationState } from '../../api/contract';

const STEPS: Record<NonNullable<CorroborationState['step']>, string> = {
  corpus: 'Reading the corpus',
  cache: 'Loading the links saved last time',
  links: 'Comparing every paragraph with the other sources',
  saving: 'Saving the links for next time',
  claims: 'Grouping the links into claims',
};

/** Past this, the first build is under way: say that it is slow once, and that nothing waits for it. */
const SLOW_MS = 5000;

function elapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/** "Finding other reports…" with the step and the time so far, while the corpus's links are built. */
export function CorroborationProgress({ state, what }: { state: CorroborationState; what: string }) {
  const step = state.step ? STEPS[state.step] : 'Starting';
  return (
    <div className="corroboration-progress" role="status">
      <div className="corroboration-progress-bar" aria-hidden="true">
        <span />
      </div>
      <p>
        <strong>{what}</strong> {step} · {elapsed(state.elapsedMs)}
      </p>
      {state.elapsedMs >= SLOW_MS && (
        <p className="muted">
          The first time, a large corpus takes a few minutes; the links are saved, so the next start is quick. You can keep reading, tagging and
          writing meanwhile.
        </p>
      )}
    </div>
  );
}
