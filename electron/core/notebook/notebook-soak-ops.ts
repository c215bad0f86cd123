// The crash soak's workload on the real notebook: step k is a fixed batch of real ops (tag, untag,
// edit a quote's comment, rename the briefing), so the state after step k is known exactly.
import { emptyNotebook, type NotebookData } from './notebook-data';
import { applyOp, type NotebookOp } from './notebook-ops';

const SOURCE = 'soak-source';
const HASH = '0123456789abcdef';
const at = (k: number) => new Date(Date.UTC(2026, 0, 1) + k * 1000).toISOString();
const para = (k: number) => `${SOURCE}:p${(k % 40) + 1}`;

export function soakOps(k: number): NotebookOp[] {
  if (k === 0) {
    return [
      { type: 'tag.create', tag: { id: 'tag_soak', name: 'Soak', color: '#3366cc', parentId: null, createdAt: at(0) } },
      { type: 'briefing.create', briefing: { id: 'brf_soak', title: 'Soak', author: '', style: 'chicago', at: at(0) } },
      { type: 'item.insert', briefingId: 'brf_soak', item: { id: 'itm_soak', type: 'quote', paragraphId: para(0), hash: HASH, comment: '' }, index: 0, at: at(0) },
    ];
  }
  switch (k % 4) {
    case 1:
      return [{ type: 'tagging.add', tagging: { paragraphId: para(k), hash: HASH, tagId: 'tag_soak', createdAt: at(k) } }];
    case 2:
      return [{ type: 'item.update', briefingId: 'brf_soak', itemId: 'itm_soak', patch: { comment: `comment ${k} ${'·'.repeat(k % 200)}` }, at: at(k) }];
    case 3:
      return [{ type: 'tagging.remove', paragraphId: para(k - 2 - 4 * ((k >> 2) % 2)), tagId: 'tag_soak' }];
    default:
      return [
        { type: 'briefing.update', id: 'brf_soak', title: `Soak ${k}`, at: at(k) },
        { type: 'tagging.add', tagging: { paragraphId: para(k + 7), hash: HASH, tagId: 'tag_soak', createdAt: at(k) } },
      ];
  }
}

/** Replays steps in order, so a checker can walk the states a crash may legally leave. */
export class SoakReplay {
  state: NotebookData = emptyNotebook();
  /** Steps applied so far: the state is the one after step `steps - 1`. */
  steps = 0;

  advanceTo(steps: number): NotebookData {
    for (; this.steps < steps; this.steps++) for (const op of soakOps(this.steps)) applyOp(this.state, op);
    return this.state;
  }
}
