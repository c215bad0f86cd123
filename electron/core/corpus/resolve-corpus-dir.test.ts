import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { resolveCorpusDir } from './resolve-corpus-dir';

const appRoot = path.resolve('/opt/dossier-src');
const resourcesPath = path.resolve('/opt/Dossier/resources');

test('an explicit flag wins over everything, resolved to an absolute path', () => {
  const env = { DOSSIER_CORPUS: '/from/env' };
  assert.equal(resolveCorpusDir({ flag: '/from/flag', env, resourcesPath, appRoot }), path.resolve('/from/flag'));
  assert.equal(resolveCorpusDir({ flag: 'rel/corpus', env: {}, appRoot }), path.resolve(process.cwd(), 'rel/corpus'));
});

test('DOSSIER_CORPUS comes next', () => {
  assert.equal(resolveCorpusDir({ env: { DOSSIER_CORPUS: '/from/env' }, resourcesPath, appRoot }), path.resolve('/from/env'));
  assert.equal(resolveCorpusDir({ flag: '  ', env: { DOSSIER_CORPUS: '/from/env' }, appRoot }), path.resolve('/from/env'));
});

test('packaged apps use <resourcesPath>/corpus, sources use <appRoot>/resources/corpus', () => {
  assert.equal(resolveCorpusDir({ env: { DOSSIER_CORPUS: '' }, resourcesPath, appRoot }), path.join(resourcesPath, 'corpus'));
  assert.equal(resolveCorpusDir({ env: {}, appRoot }), path.join(appRoot, 'resources', 'corpus'));
});

test('env defaults to process.env', () => {
  const saved = process.env.DOSSIER_CORPUS;
  process.env.DOSSIER_CORPUS = '/from/process-env';
  try {
    assert.equal(resolveCorpusDir({ appRoot }), path.resolve('/from/process-env'));
  } finally {
    if (saved === undefined) delete process.env.DOSSIER_CORPUS;
    else process.env.DOSSIER_CORPUS = saved;
  }
});
