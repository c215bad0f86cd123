// What the cold-open child prints, shared by the child and the benchmark that reads it.

export const RESULT_PREFIX = 'COLD-OPEN-RESULT ';

export interface ColdOpenReport {
  /** ms from the child's time origin (its start) to the answer. */
  sinceStart: number;
  /** ms from the child's start until its modules were loaded and it could begin opening. */
  startMs: number;
  /** ms from the child's start until the notebook was open and could answer (interactive). */
  openedMs: number;
  /** ms in openNotebook (corpus and store), and in loading or building the search index. */
  openMs: number;
  indexMs: number;
  /** Search hits (open mode) or corpus bytes read (baseline mode). */
  hits: number;
  /** Peak resident set size of the child, bytes. */
  peakRss: number;
  heapUsed: number;
}

export function formatReportLine(report: ColdOpenReport): string {
  return `${RESULT_PREFIX}${JSON.stringify(report)}\n`;
}

/** The report in a chunk of the child's stdout, once the whole line has arrived. */
export function findReport(stdout: string): ColdOpenReport | undefined {
  const at = stdout.indexOf(RESULT_PREFIX);
  if (at < 0) return undefined;
  const end = stdout.indexOf('\n', at);
  if (end < 0) return undefined;
  return JSON.parse(stdout.slice(at + RESULT_PREFIX.length, end)) as ColdOpenReport;
}
