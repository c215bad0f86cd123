import { useId } from 'react';
import type { ClaimView, DiscrepancyValueView, DiscrepancyView } from '../../api/contract';
import { hrefFor } from '../../app/route';
import { NotEqualIcon } from '../../components/not-equal-icon';
import { DISCREPANCY_LABELS, readingLabel, showsReading, sourceName } from '../corroboration/corroboration-labels';

interface Reading {
  value: string;
  texts: string[];
  where: DiscrepancyValueView[];
}

/** The values of one discrepancy, one row per distinct reading, in the order the members come. */
function readings(d: DiscrepancyView): Reading[] {
  const byValue = new Map<string, Reading>();
  for (const v of d.values) {
    const r = byValue.get(v.value) ?? { value: v.value, texts: [], where: [] };
    if (!r.texts.includes(v.text)) r.texts.push(v.text);
    r.where.push(v);
    byValue.set(v.value, r);
  }
  return [...byValue.values()];
}

function bySource(values: DiscrepancyValueView[]): [string, DiscrepancyValueView[]][] {
  const out = new Map<string, DiscrepancyValueView[]>();
  for (const v of values) out.set(v.sourceId, [...(out.get(v.sourceId) ?? []), v]);
  return [...out];
}

/** Where the sources of a claim disagree: each detail with what every source writes, side by side. */
export function ClaimDiscrepancies({ claim }: { claim: ClaimView }) {
  const headingId = useId();
  if (claim.discrepancies.length === 0) return null;
  const member = new Map(claim.members.map((m) => [m.paragraph.id, m]));
  return (
    <section className="claim-section" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <NotEqualIcon />
        Where the sources disagree
      </h3>
      {claim.discrepancies.map((d, i) => {
        const reading = showsReading(d.type);
        return (
          <table key={i} className="discrepancy-table">
            <caption>{DISCREPANCY_LABELS[d.type]}</caption>
            <thead>
              <tr>
                {reading && (
                  <th scope="col" className="col-reading">
                    Read as
                  </th>
                )}
                <th scope="col" className="col-written">
                  Written as
                </th>
                <th scope="col">Reported by</th>
              </tr>
            </thead>
            <tbody>
              {readings(d).map((r) => (
                <tr key={r.value}>
                  {reading && <th scope="row">{readingLabel(r.value)}</th>}
                  <td>
                    {r.texts.map((t, j) => (
                      <span key={t}>
                        {j > 0 && ', '}
                        <mark className="detail">{t}</mark>
                      </span>
                    ))}
                  </td>
                  <td>
                    <ul className="reported-by">
                      {bySource(r.where).map(([sourceId, values]) => {
                        const first = member.get(values[0]?.paragraphId ?? '');
                        return (
                          <li key={sourceId}>
                            <span className="reported-source">{first ? sourceName(first.source) : sourceId}</span>{' '}
                            {values.map((v, j) => (
                              <span key={v.paragraphId}>
                                {j > 0 && ', '}
                                <a href={hrefFor({ screen: 'reader', sourceId: v.sourceId, paragraphId: v.paragraphId })}>
                                  ¶{'\u00a0'}{member.get(v.paragraphId)?.paragraph.n ?? v.paragraphId.slice(v.paragraphId.lastIndexOf(':p') + 2)}
                                  <span className="sr-only"> of {first ? sourceName(first.source) : sourceId}</span>
                                </a>
                              </span>
                            ))}
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </section>
  );
}
