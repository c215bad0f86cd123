import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClaimPage } from '../../api/contract';
import { notebook } from '../../api/notebook-client';
import { useApp } from '../../app/app-context';
import { hrefFor } from '../../app/route';
import { EmptyState } from '../../components/empty-state';
import { NotEqualIcon } from '../../components/not-equal-icon';
import { plural } from '../../lib/format';
import { usePagedList } from '../../lib/use-paged-list';
import { CorroborationProgress } from '../corroboration/corroboration-progress';
import { useCorroborationProgress } from '../corroboration/use-corroboration-progress';
import { ClaimDetails } from './claim-details';
import { ClaimList } from './claim-list';

/** Small pages: on a first run each claim's discrepancies are found as its page is asked for. */
const PAGE = 25;
/** While the claims are being checked for discrepancies, the filtered list is fetched again this often. */
const CHECK_REFRESH_MS = 2000;

type Check = Pick<ClaimPage, 'checkedClaims' | 'totalClaims'>;

/** Statements several sources report, most independent sources first; one claim in detail beside them. */
export function ClaimsScreen({ claimId }: { claimId?: string }) {
  const { report, navigate } = useApp();
  const [onlyDiscrepancies, setOnlyDiscrepancies] = useState(false);
  const [check, setCheck] = useState<Check>({});
  const filterRef = useRef(onlyDiscrepancies);
  filterRef.current = onlyDiscrepancies;
  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      const page = await notebook.listClaims({ offset, limit, discrepanciesOnly: onlyDiscrepancies });
      // A page asked for before the filter changed says nothing about the list shown now; of two
      // answers of the filtered list, the one that checked more claims is the later.
      if (filterRef.current === onlyDiscrepancies) {
        setCheck((prev) =>
          (prev.checkedClaims ?? -1) > (page.checkedClaims ?? -1) ? prev : { checkedClaims: page.checkedClaims, totalClaims: page.totalClaims },
        );
      }
      return page;
    },
    [onlyDiscrepancies],
  );
  const list = usePagedList(fetchPage, String(onlyDiscrepancies), report, PAGE);
  const noClaimsAtAll = list.total === 0 && !onlyDiscrepancies;
  const progress = useCorroborationProgress(list.total === null);
  // The filtered list holds the claims checked so far: say so, and fetch it again until all are.
  const checking = onlyDiscrepancies && check.totalClaims !== undefined && (check.checkedClaims ?? 0) < check.totalClaims;
  const { reload } = list;
  useEffect(() => {
    if (!checking) return undefined;
    const timer = setInterval(reload, CHECK_REFRESH_MS);
    return () => clearInterval(timer);
  }, [checking, reload]);
  useEffect(() => setCheck({}), [onlyDiscrepancies]);

  return (
    <section className="screen claims-screen" aria-labelledby="claims-heading">
      <header className="screen-header">
        <h1 id="claims-heading">Claims</h1>
        <p className="screen-meta" aria-live="polite">
          {list.total === null
            ? 'Finding claims…'
            : plural(list.total, onlyDiscrepancies ? 'claim with discrepancies' : 'claim', onlyDiscrepancies ? 'claims with discrepancies' : 'claims') +
              (checking ? ' so far' : '')}
        </p>
        {!noClaimsAtAll && (
          <div className="screen-tools">
            <label className="toggle">
              <input type="checkbox" checked={onlyDiscrepancies} onChange={(e) => setOnlyDiscrepancies(e.target.checked)} />
              Only with discrepancies
            </label>
          </div>
        )}
        <p className="screen-intro">
          A claim is a statement that more than one source reports: the same quotation, or the same fact in other words. Claims carried by the
          most independent sources come first; a source that repeats a wire agency’s copy or another outlet’s text is not counted again.
        </p>
        {progress && <CorroborationProgress state={progress} what="Finding claims…" />}
        {checking && (
          <p className="screen-meta claims-check" role="status">
            Checked {(check.checkedClaims ?? 0).toLocaleString()} of {plural(check.totalClaims ?? 0, 'claim')} for discrepancies…
          </p>
        )}
      </header>
      {noClaimsAtAll ? (
        <EmptyState title="No claims yet">
          <p>
            Dossier compares every paragraph of every source and lists here the statements that two or more sources report. None do yet: add
            sources that cover the same events, and their shared quotes and facts appear here. You can read the sources from{' '}
            <a href={hrefFor({ screen: 'sources' })}>Sources</a>.
          </p>
        </EmptyState>
      ) : (
        <div className="split claims-split">
          <div className="split-side claims-side">
            {list.total === 0 && checking ? (
              <EmptyState title="No discrepancies found yet">
                <p>The claims checked so far agree on the numbers, dates and names they share. The rest are being checked.</p>
              </EmptyState>
            ) : list.total === 0 ? (
              <EmptyState title="No claim has discrepancies">
                <p>Where sources report the same statement, they agree on the numbers, dates and names they share.</p>
              </EmptyState>
            ) : (
              <ClaimList list={list} selectedId={claimId} onSelect={(id) => navigate({ screen: 'claims', claimId: id })} />
            )}
          </div>
          <div className="split-main">
            {claimId ? (
              <ClaimDetails key={claimId} claimId={claimId} />
            ) : (
              <EmptyState title="Select a claim">
                <p>Choose a claim on the left to see every source that reports it, side by side, and where their accounts differ.</p>
                <p>
                  <strong>Independent</strong> counts each original report once: copies of a wire story or of another outlet count with the
                  report they repeat. <NotEqualIcon className="flag-icon small" /> marks a claim whose sources disagree on a number, date, amount, name or who said it.
                </p>
              </EmptyState>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
