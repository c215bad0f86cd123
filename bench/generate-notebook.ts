// A heavy user's notebook over a generated corpus, written as ops through the real store (the same
// applyOp, journal and snapshot as the app), then opened once with openNotebook to prove the app
// accepts it. Ids and timestamps come from the seed, so the same corpus gives the same notebook.
import type { BriefingItem, Tag } from '../electron/shared/types';
import { loadCorpus } from '../electron/core/corpus/load-corpus';
import { emptyNotebook, MIGRATIONS, SCHEMA_VERSION, validateNotebook, type NotebookData } from '../electron/core/notebook/notebook-data';
import { applyOp, type NotebookOp } from '../electron/core/notebook/notebook-ops';
import { openNotebook } from '../electron/core/notebook/open-notebook';
import { TAG_PALETTE } from '../electron/core/notebook/tags-service';
import { openStore } from '../electron/core/store/open-store';
import { seededRandom } from './seeded-random';

export interface NotebookPlan {
  seed: number;
  tags: number;
  taggings: number;
  /** Paragraphs carrying the first tag (which has no children): the big tag view. */
  bigTagParagraphs: number;
  briefings: number;
  quotesPerBriefing: number;
}

export const HEAVY_NOTEBOOK: Omit<NotebookPlan, 'seed'> = {
  tags: 300,
  taggings: 20_000,
  bigTagParagraphs: 5_000,
  briefings: 500,
  quotesPerBriefing: 40,
};

export interface NotebookSummary {
  tags: number;
  nestedTags: number;
  taggings: number;
  briefings: number;
  quotes: number;
  /** The tag with `bigTagParagraphs` paragraphs. */
  bigTagId: string;
  bigTagName: string;
}

const TOPICS = [
  'Defence', 'Sanctions', 'Energy', 'Trade', 'Diplomacy', 'Missiles', 'Kashmir', 'China border', 'Summits', 'Arms exports',
  'Nuclear', 'Space', 'Make in India', 'Indo-Pacific', 'CAATSA', 'Pakistan', 'Shipping routes', 'Investment', 'Pipelines', 'Elections',
  'Protests', 'Central banks', 'Grain', 'Ceasefire', 'Alliances', 'Quotes to check', 'Background', 'Timeline', 'Numbers', 'People',
];
const BASE_TIME = Date.UTC(2024, 0, 8, 9, 0, 0);
/** Ops per journal line while writing: large lines keep the fsync count (and the run time) low. */
const OPS_PER_COMMIT = 2_500;

/**
 * Writes the notebook into `dataDir` (which must not hold one yet). Returns what it wrote.
 * Throws if the app, opening it, reports anything (a broken reference, a repaired file).
 */
export async function generateNotebook(corpusDir: string, dataDir: string, plan: NotebookPlan): Promise<NotebookSummary> {
  const corpus = await loadCorpus(corpusDir);
  const rng = seededRandom(plan.seed ^ 0xb0075);
  const paragraphs = [...corpus.allParagraphs()].map((p) => ({ id: p.id, hash: p.hash }));
  if (paragraphs.length < plan.bigTagParagraphs * 2) {
    throw new Error(`The corpus in ${corpusDir} has ${paragraphs.length} paragraphs: too few for a tag of ${plan.bigTagParagraphs}.`);
  }
  let clock = 0;
  const at = () => new Date(BASE_TIME + 1000 * clock++).toISOString();
  const ops: NotebookOp[] = [];

  const tags: Tag[] = [];
  let nestedTags = 0;
  for (let i = 0; i < plan.tags; i++) {
    const topic = TOPICS[i % TOPICS.length] as string;
    const name = i < TOPICS.length ? topic : `${topic} ${Math.floor(i / TOPICS.length) + 1}`;
    // Tag 0 is the big flat one; later tags nest under earlier ones (never under tag 0), up to a few levels.
    const parent = i > TOPICS.length && rng.chance(0.5) ? tags[rng.int(1, i - 1)] : undefined;
    if (parent) nestedTags++;
    const tag: Tag = { id: `tag_${rng.hex(12)}`, name, color: TAG_PALETTE[i % TAG_PALETTE.length] ?? '#3b6fd4', parentId: parent?.id ?? null, createdAt: at() };
    tags.push(tag);
    ops.push({ type: 'tag.create', tag });
  }
  const bigTag = tags[0];
  if (!bigTag) throw new Error('A notebook plan needs at least one tag.');

  // Analysts tag what they read: most taggings fall in a reading list of a few thousand articles.
  const sourceIds = corpus.sources.map((s) => s.id);
  const readingList = rng.shuffle([...sourceIds]).slice(0, Math.max(1, Math.floor(sourceIds.length / 4)));
  const pickParagraph = () => {
    if (rng.chance(0.8)) {
      const source = corpus.getSource(rng.pick(readingList));
      const p = source && rng.pick(source.paragraphs);
      if (p) return { id: p.id, hash: p.hash };
    }
    return rng.pick(paragraphs);
  };
  const tagged = new Set<string>();
  const taggedList: { id: string; hash: string }[] = [];
  const addTagging = (tag: Tag, p: { id: string; hash: string }) => {
    const key = `${p.id}|${tag.id}`;
    if (tagged.has(key)) return false;
    tagged.add(key);
    taggedList.push(p);
    ops.push({ type: 'tagging.add', tagging: { paragraphId: p.id, hash: p.hash, tagId: tag.id, createdAt: at() } });
    return true;
  };
  for (let n = 0; n < plan.bigTagParagraphs; ) if (addTagging(bigTag, pickParagraph())) n++;
  for (let n = plan.bigTagParagraphs; n < plan.taggings; ) {
    const tag = tags.length > 1 ? (tags[1 + rng.zipf(tags.length - 1)] as Tag) : bigTag;
    if (addTagging(tag, pickParagraph())) n++;
  }

  for (let b = 0; b < plan.briefings; b++) {
    const id = `brf_${rng.hex(12)}`;
    ops.push({ type: 'briefing.create', briefing: { id, title: `${rng.pick(TOPICS)} briefing ${b + 1}`, author: rng.chance(0.5) ? 'A. Analyst' : '', style: rng.chance(0.7) ? 'chicago' : 'apa', at: at() } });
    for (let q = 0; q < plan.quotesPerBriefing; q++) {
      // Quotes mostly come from tagged paragraphs, as they do when a briefing is built from a tag view.
      const p = rng.chance(0.8) ? rng.pick(taggedList) : rng.pick(paragraphs);
      const item: BriefingItem = { id: `itm_${rng.hex(12)}`, type: 'quote', paragraphId: p.id, hash: p.hash, comment: rng.chance(0.2) ? 'Check against the wire copy.' : '' };
      ops.push({ type: 'item.insert', briefingId: id, item, index: q, at: at() });
    }
  }

  const store = await openStore<NotebookData, NotebookOp>({
    dir: dataDir,
    schemaVersion: SCHEMA_VERSION,
    defaults: emptyNotebook,
    validate: validateNotebook,
    migrations: MIGRATIONS,
    apply: applyOp,
    now: () => new Date(BASE_TIME),
    // One snapshot at close instead of one per thousand ops.
    compactAfter: { ops: Number.POSITIVE_INFINITY, bytes: Number.POSITIVE_INFINITY },
  });
  try {
    for (let i = 0; i < ops.length; i += OPS_PER_COMMIT) await store.commit(ops.slice(i, i + OPS_PER_COMMIT));
  } finally {
    await store.close();
  }

  const nb = await openNotebook({ dataDir, corpusDir });
  try {
    const status = await nb.status();
    if (status.notices.length > 0) {
      throw new Error(`The generated notebook in ${dataDir} opened with notices: ${status.notices.map((n) => n.message).join(' | ')}`);
    }
    const listed = await nb.listTags();
    const big = listed.find((t) => t.id === bigTag.id);
    if (listed.length !== plan.tags || big?.count !== plan.bigTagParagraphs) {
      throw new Error(`The generated notebook in ${dataDir} reads back wrong: ${listed.length} tags, big tag count ${big?.count}.`);
    }
  } finally {
    await nb.close();
  }
  return {
    tags: tags.length,
    nestedTags,
    taggings: tagged.size,
    briefings: plan.briefings,
    quotes: plan.briefings * plan.quotesPerBriefing,
    bigTagId: bigTag.id,
    bigTagName: bigTag.name,
  };
}
