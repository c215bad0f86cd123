import { channelFor, type NotebookBridge, type NotebookMethod } from '../shared/api';
import { BRIDGE_METHODS } from './bridge-methods';

/** How the bridge reaches main; in the preload this is ipcRenderer.invoke. */
export type Invoke = (channel: `notebook:${NotebookMethod}`, payload: unknown) => Promise<unknown>;

/**
 * One named function per method. Each forwards exactly one argument, so the page cannot smuggle
 * extra arguments or pick a channel of its own.
 */
export function createBridge(invoke: Invoke): NotebookBridge {
  const bridge: Record<string, (payload?: unknown) => Promise<unknown>> = {};
  for (const method of BRIDGE_METHODS) {
    const channel = channelFor(method);
    bridge[method] = (payload?: unknown) => invoke(channel, payload);
  }
  return Object.freeze(bridge) as unknown as NotebookBridge;
}
