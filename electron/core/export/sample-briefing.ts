// A briefing over the real bundled corpus, shared by the export tests (golden files, HTML, PDF).
// It quotes every source, repeats two of them (short notes), and quotes the untitled, undated one.
import { fileURLToPath } from 'node:url';
import type { Briefing, BriefingItem } from '../../shared/types';
import { loadCorpus } from '../corpus/load-corpus';
import type { BriefingDocumentInput } from './build-briefing-document';

export const BUNDLED_CORPUS_DIR = fileURLToPath(new URL('../../../resources/corpus/', import.meta.url));

/** hash is filled in from the corpus by loadSampleBriefing. */
const quote = (id: string, paragraphId: string, comment = ''): BriefingItem => ({
  id,
  type: 'quote',
  paragraphId,
  hash: '',
  comment,
});

const ITEMS: BriefingItem[] = [
  { id: 'h1', type: 'heading', text: 'Summary' },
  {
    id: 't1',
    type: 'text',
    markdown:
      'Both capitals **played down** the S-400 question during the Lavrov visit of 6 April 2021.\n\n' +
      '- Delivery stays on track for the end of the year.\n- Russia proposes *additional* production in India.',
  },
  quote('q1', 'russia-talks-military-equipment-india:p7', 'Production in India is framed as routine cooperation.'),
  quote('q2', 'russia-india-non-committal-on-s-400:p9'),
  { id: 'h2', type: 'heading', text: 'Sanctions & pressure' },
  quote('q3', 'lavrov-jaishankar-key-takeaways:p12', 'The only source that names US pressure; it has no title or date.'),
  quote('q4', 'india-russia-firm-on-s-400-deal:p13'),
  quote('q5', 'india-desperate-to-get-s-400:p12'),
  { id: 'h3', type: 'heading', text: 'Outlook' },
  quote('q6', 'russia-talks-military-equipment-india:p17'),
  quote('q7', 'lavrov-jaishankar-key-takeaways:p9'),
  { id: 't2', type: 'text', markdown: 'Next step: watch the defence ministers’ meeting later in the year.' },
];

export interface SampleBriefing {
  briefing: Briefing;
  quotes: BriefingDocumentInput['quotes'];
}

/** For the corroboration options: quotes that other sources report, some of them differently. */
const CORROBORATION_ITEMS: BriefingItem[] = [
  { id: 'h1', type: 'heading', text: 'What was agreed' },
  quote('q1', 'russia-india-non-committal-on-s-400:p8', 'Three outlets carry this remark, in three translations.'),
  quote('q2', 'russia-india-non-committal-on-s-400:p10'),
  { id: 'h2', type: 'heading', text: 'Where accounts differ' },
  quote('q3', 'russia-india-non-committal-on-s-400:p15'),
  quote('q4', 'russia-india-non-committal-on-s-400:p7'),
  quote('q5', 'russia-talks-military-equipment-india:p9'),
  { id: 't1', type: 'text', markdown: 'See the *Source agreement* appendix for the wording of each outlet.' },
];

/** The sample briefing, its quotes resolved against the bundled corpus and their hashes filled in. */
export async function loadSampleBriefing(): Promise<SampleBriefing> {
  return sampleOf(ITEMS, 'India–Russia defence ties after the Lavrov visit');
}

/** A briefing whose quotes other bundled sources also report, for "Also reported by" and "Source agreement". */
export async function loadCorroborationBriefing(): Promise<SampleBriefing> {
  return sampleOf(CORROBORATION_ITEMS, 'Lavrov in Delhi: who reports what');
}

async function sampleOf(list: readonly BriefingItem[], title: string): Promise<SampleBriefing> {
  const corpus = await loadCorpus(BUNDLED_CORPUS_DIR);
  const quotes: SampleBriefing['quotes'] = {};
  const items = list.map((item): BriefingItem => {
    if (item.type !== 'quote') return item;
    const paragraph = corpus.getParagraph(item.paragraphId);
    const source = paragraph && corpus.getSource(paragraph.sourceId);
    if (!paragraph || !source) throw new Error(`The bundled corpus has no paragraph ${item.paragraphId}`);
    quotes[item.id] = { paragraph, source: source.meta };
    return { ...item, hash: paragraph.hash };
  });
  const briefing: Briefing = {
    id: 'b_sample',
    title,
    author: 'Policy Analysis Unit',
    style: 'chicago',
    createdAt: '2021-04-07T09:00:00.000Z',
    updatedAt: '2021-04-09T16:30:00.000Z',
    items,
  };
  return { briefing, quotes };
}
