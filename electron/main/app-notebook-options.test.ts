import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { appNotebookOptions } from './app-notebook-options';

test('from source: the corpus comes from the project, user data from userData', () => {
  const saved = process.env.DOSSIER_CORPUS;
  delete process.env.DOSSIER_CORPUS;
  try {
    const o = appNotebookOptions({ userData: '/home/ana/.config/Dossier', appRoot: '/src/dossier' });
    assert.deepEqual(o, {
      dataDir: path.join('/home/ana/.config/Dossier', 'notebook'),
      cacheDir: path.join('/home/ana/.config/Dossier', 'notebook-cache'),
      corpusDir: path.join('/src/dossier', 'resources', 'corpus'),
      stylesDir: path.join('/src/dossier', 'resources', 'styles'),
    });
    const packaged = appNotebookOptions({ userData: '/u', appRoot: '/opt/Dossier/resources/app.asar', resourcesPath: '/opt/Dossier/resources' });
    assert.equal(packaged.corpusDir, path.join('/opt/Dossier/resources', 'corpus'));
    assert.equal(packaged.stylesDir, path.join('/opt/Dossier/resources', 'styles'));
  } finally {
    if (saved !== undefined) process.env.DOSSIER_CORPUS = saved;
  }
});
