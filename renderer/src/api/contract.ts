// The renderer's one door to the shared contract. ESLint's renderer rule forbids paths that contain
// "electron" (to keep Node and Electron out of the UI); electron/shared is plain data and types with
// no Node, DOM or Electron, so it is imported here, once, and everything else imports from this file.
/* eslint-disable no-restricted-imports */
export type { NotebookApi, NotebookBridge, NotebookMethod } from '../../../electron/shared/api';
export type { ErrorCode, Result } from '../../../electron/shared/result';
export { NotebookError } from '../../../electron/shared/result';
export { markdownOverBudget, plainTextHtml } from '../../../electron/shared/markdown-budget';
export type * from '../../../electron/shared/types';
