import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Corpus } from '../corpus/corpus';
import type { Claim } from './corroboration-types';
import type { DiscrepancyAnswer } from './corroboration-worker-protocol';
import { loadBundled, tempDir } from './corroboration-test-kit';
import { claimDigest, discrepancyFileFor, discrepancySaver, readDiscrepancyCache } from './discrepancy-cache';
import { textOfCorpus } from './discrepancy-checker';
import { findDiscrepancies } from './find-discrepancies';
import { loadLinkState } from './load-link-state';

async function bundled() {
  const corpus = await loadBundled();
  const { claims } = await loadLinkState({ corpus, cacheDir: null });
  const textOf = textOfCorpus(corpus);
  const answers: DiscrepancyAnswer[] = claims.map((c) => [c.id, findDiscrepancies(c, textOf)]);
  return { corpus, claims, answers };
}

const noProblem = (message: string): void => assert.fail(message);

/** A cache file holding `answers`, in a fresh directory. */
async function savedFile(corpus: Corpus, claims: readonly Claim[], answers: readonly DiscrepancyAnswer[]): Promise<string> {
  const file = discrepancyFileFor(tempDir(), corpus);
  const saver = discrepancySaver(file, claims, corpus, [], noProblem);
  saver.add(answers);
  await saver.flush();
  return file;
}

test('saved answers read back for the same claims, each with the discrepancies it had', async () => {
  const { corpus, claims, answers } = await bundled();
  assert.ok(answers.some(([, found]) => found.length > 0), 'the bundled claims have discrepancies to keep');
  const file = discrepancyFileFor(tempDir(), corpus);
  assert.deepEqual(await readDiscrepancyCache(file, claims, corpus), { answers: [], problem: null }, 'no file yet is no problem');
  const saver = discrepancySaver(file, claims, corpus, [], noProblem);
  saver.add(answers.slice(0, 2));
  saver.add(answers.slice(1));
  await saver.flush();
  assert.deepEqual(await readDiscrepancyCache(file, claims, corpus), { answers, problem: null });
});

test('an answer is dropped once its claim changes: other members, or a member with another date', async () => {
  const { corpus, claims, answers } = await bundled();
  const file = await savedFile(corpus, claims, answers);
  const [first, second, ...rest] = claims as [Claim, Claim, ...Claim[]];
  const redated: Claim = { ...first, members: first.members.map((m, i) => (i === 0 ? { ...m, published: '1999-01-01' } : m)) };
  assert.notEqual(claimDigest(redated, corpus), claimDigest(first, corpus));
  const read = await readDiscrepancyCache(file, [redated, ...rest], corpus);
  assert.deepEqual(
    read.answers.map(([id]) => id),
    rest.map((c) => c.id),
    'the redated claim and the claim no longer listed are checked again',
  );
  assert.equal(second.id, answers[1]?.[0]);
});

test('a damaged file, or one written by other rules, is never used; a damaged one is said', async () => {
  const { corpus, claims, answers } = await bundled();
  const file = await savedFile(corpus, claims, answers);
  const good = readFileSync(file, 'utf8');
  writeFileSync(file, good.replace('"type":"date"', '"type":"name"'));
  const damaged = await readDiscrepancyCache(file, claims, corpus);
  assert.deepEqual(damaged.answers, []);
  assert.match(damaged.problem ?? '', /is unusable \(checksum mismatch\); the claims are checked again/);
  writeFileSync(file, good.slice(0, good.length / 2));
  assert.match((await readDiscrepancyCache(file, claims, corpus)).problem ?? '', /is unusable/);
  writeFileSync(file, good.replace(/"rules":"[^"]*"/, '"rules":"0 compromise 1.0.0"'));
  assert.deepEqual(await readDiscrepancyCache(file, claims, corpus), { answers: [], problem: null }, 'older rules: checked again, quietly');
});

test('the saver starts from the answers read back, writes only when it has new ones, and says when it cannot write', async () => {
  const { corpus, claims, answers } = await bundled();
  const dir = tempDir();
  const file = discrepancyFileFor(dir, corpus);
  const first = discrepancySaver(file, claims, corpus, [], noProblem);
  first.add(answers.slice(0, 1));
  await first.flush();
  const known = (await readDiscrepancyCache(file, claims, corpus)).answers;
  const second = discrepancySaver(file, claims, corpus, known, noProblem);
  second.add(answers.slice(1));
  await second.flush();
  assert.deepEqual((await readDiscrepancyCache(file, claims, corpus)).answers, answers, 'old and new answers both kept');

  const problems: string[] = [];
  const blocked = path.join(dir, 'read-only');
  const readOnly = discrepancySaver(path.join(blocked, 'sub', 'd.json'), claims, corpus, [], (m) => problems.push(m));
  writeFileSync(blocked, 'a file where a directory should be');
  chmodSync(blocked, 0o444);
  readOnly.add(answers);
  await readOnly.flush();
  assert.equal(problems.length, 1);
  assert.match(problems[0] ?? '', /could not save the discrepancies to .*d\.json/);
  await readOnly.flush();
  assert.equal(problems.length, 1, 'nothing new: nothing written, nothing said');
});
