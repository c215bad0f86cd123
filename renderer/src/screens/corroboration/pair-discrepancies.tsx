import { useId } from 'react';
import type { ClaimView, DiscrepancyValueView, DiscrepancyView, Paragraph, SourceRef } from '../../api/contract';
import { NotEqualIcon } from '../../components/not-equal-icon';
import { DISCREPANCY_LABELS, readingLabel, showsReading, sourceName } from './corroboration-labels';

export interface PairRow {
  discrepancy: DiscrepancyView;
  a: DiscrepancyValueView;
  b: DiscrepancyValueView;
}

/** The claim's discrepancies on which these two paragraphs give different values. */
export function pairDiscrepancies(claim: ClaimView | null, a: string, b: string): PairRow[] {
  const rows: PairRow[] = [];
  for (const d of claim?.discrepancies ?? []) {
    const va = d.values.find((v) => v.paragraphId === a);
    const vb = d.values.find((v) => v.paragraphId === b);
    if (va && vb && va.value !== vb.value) rows.push({ discrepancy: d, a: va, b: vb });
  }
  return rows;
}

interface Props {
  rows: PairRow[];
  left: { paragraph: Paragraph; source: SourceRef };
  right: { paragraph: Paragraph; source: SourceRef };
}

/** The disputed details side by side: what each paragraph writes, and what it was read as. */
export function PairDiscrepancies({ rows, left, right }: Props) {
  const headingId = useId();
  if (rows.length === 0) return null;
  return (
    <section className="pair-discrepancies" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <NotEqualIcon />
        Where they disagree
      </h3>
      <table className="discrepancy-table">
        <thead>
          <tr>
            <th scope="col">Detail</th>
            <th scope="col">
              {sourceName(left.source)} ¶ {left.paragraph.n}
            </th>
            <th scope="col">
              {sourceName(right.source)} ¶ {right.paragraph.n}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <th scope="row">{DISCREPANCY_LABELS[r.discrepancy.type]}</th>
              <td>
                <Value v={r.a} reading={showsReading(r.discrepancy.type)} />
              </td>
              <td>
                <Value v={r.b} reading={showsReading(r.discrepancy.type)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Value({ v, reading }: { v: DiscrepancyValueView; reading: boolean }) {
  return (
    <>
      <mark className="detail">{v.text}</mark>
      {reading && readingLabel(v.value) !== v.text && <span className="read-as"> (read as {readingLabel(v.value)})</span>}
    </>
  );
}
