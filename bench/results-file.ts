// bench/results.md: the latest figures with the date and the machine, rewritten by
// `npm run bench -- --write`, so that a change in speed shows up in review.
import { cpus, freemem, release, totalmem, type } from 'node:os';

export interface ResultsInput {
  date: Date;
  /** The run's stdout lines: the header, one line per figure, the summary. */
  lines: string[];
  /** The command that produced them. */
  command: string;
}

export function describeMachine(): string {
  const cpu = cpus();
  return `${cpu.length} x ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM (${(freemem() / 2 ** 30).toFixed(0)} GiB free), ${type()} ${release()}, Node ${process.version}`;
}

export function formatResults(input: ResultsInput, machine = describeMachine()): string {
  const misses = input.lines.filter((l) => / FAIL \[target /.test(l) || / ERROR /.test(l));
  return [
    '# Benchmark results',
    '',
    `Written by \`${input.command}\` on ${input.date.toISOString().slice(0, 10)} (${input.date.toISOString()}).`,
    '',
    `Machine: ${machine}.`,
    '',
    'Each line: `name value unit [p95 …] (baseline value, ratio) PASS|FAIL [target]`. Timings are medians',
    'of repeated runs; the baselines are measured in the same run, so the ratios travel between machines',
    'better than the absolute figures do.',
    '',
    '```',
    ...input.lines,
    '```',
    '',
    misses.length === 0 ? 'Every target was met in this run.' : `Missed in this run (${misses.length}):\n\n${misses.map((l) => `- \`${l}\``).join('\n')}`,
    '',
  ].join('\n');
}
