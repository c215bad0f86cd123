// Generic, per-line patterns for the parts of a scraped news page that are not article body.
// They run on every paragraph of the corpus (hundreds of thousands), so each is a few anchored
// regular expressions with length guards; the guards also keep long body sentences that merely
// mention a date or a photo agency from being mistaken for page furniture.

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DATE_SOURCE = `(?:\\d{4}-\\d{2}-\\d{2}|${MONTH}\\.? ${DAY},? \\d{4}|${DAY} ${MONTH}\\.?,? \\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4})`;
const DATE = new RegExp(`\\b${DATE_SOURCE}\\b`, 'i');
const DATE_ALL = new RegExp(`\\b${DATE_SOURCE}\\b`, 'gi');
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?/gi;

const DATE_LINE_MAX = 80;
/** Words besides the date that a dateline may carry ("This Article is From", "Updated:", a section). */
const DATE_LINE_MAX_WORDS = 5;
const LABEL_MAX = 30;
const SHORT_MAX = 120;
const HEADLINE_MAX = 100;

const BOILERPLATE_SHORT: readonly RegExp[] = [
  /^also read\b/i,
  /^read (?:more|also)\b/i,
  /^post a comment$/i,
  /^sources?\s*:/i,
  /^advertisement\b/i,
  /^subscribe\b/i,
  /^(?:share|follow) (?:this|us)\b/i,
];

const RELATED_LABEL = /^(?:recommended|related(?: (?:articles?|stories|news|content|posts?))?|more from\b.*|you may also like|trending(?: now)?|most read)$/i;

/** A lone section label or page-chrome word: "Diplomacy", "WORLD", "RECOMMENDED". */
const ONE_WORD = /^[\p{L}\p{M}][\p{L}\p{M}&'’-]*$/u;
const ONLY_PUNCTUATION = /^[\p{P}\p{S}\s]+$/u;

const CREDIT =
  '(?:photo|file photo|image|picture|twitter|facebook|instagram|youtube|getty images|reuters|ap|afp|pti|ani|ians|epa|anadolu(?: agency)?|aa|bloomberg|xinhua|tass)';
const CAPTION_PATTERNS: readonly RegExp[] = [
  // "… in New Delhi on 6 April 2021 | Twitter | @DrSJaishankar"
  new RegExp(`\\s\\|\\s*${CREDIT}\\b[^|]*(?:\\|[^|]*)?$`, 'i'),
  // "… on April 6, 2021. / Reuters"
  new RegExp(`\\s/\\s*${CREDIT}\\s*$`, 'i'),
  // "(Photo: AFP)" at either end
  /\((?:photo|image|picture|file photo)(?: credit)?s?\s*:[^)]*\)\s*$/i,
  /^\(?(?:photo|image|picture|file photo)(?: credit)?s?\s*:/i,
];
/** The attribution line of an embedded tweet: "— Name (@handle) April 6, 2021". */
const TWEET_ATTRIBUTION = new RegExp(`^[—–-]\\s*[^()]{1,80}\\(@\\w{1,30}\\)\\s*${DATE_SOURCE}$`, 'i');

const CREDIT_LINE = /^\(?\s*(?:edited|written|reported|compiled|produced|additional reporting|reporting) by\s+[^()]{1,80}\)?\.?$/i;
/** "By Jane Doe", "By Reuters"; the capitalised words keep "By the end of …" out. */
const BY_NAME = /^[Bb]y\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:,?\s+(?:and\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,5}$/u;

const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

export function isBoilerplate(text: string): boolean {
  if (ONLY_PUNCTUATION.test(text)) return true;
  if (text.length <= LABEL_MAX && ONE_WORD.test(text)) return true;
  if (text.length <= SHORT_MAX && BOILERPLATE_SHORT.some((re) => re.test(text))) return true;
  return isRelatedLinksLabel(text);
}

/** A label that introduces links to other articles: the short line after it is a link title. */
export function isRelatedLinksLabel(text: string): boolean {
  return text.length <= LABEL_MAX && RELATED_LABEL.test(text);
}

/** A short line that reads like a headline (no sentence punctuation at the end). */
export function isHeadlineLike(text: string): boolean {
  return text.length <= HEADLINE_MAX && !/[.!?:;,"”’)]$/.test(text);
}

export function isCaption(text: string): boolean {
  if (text.length <= SHORT_MAX && TWEET_ATTRIBUTION.test(text)) return true;
  return CAPTION_PATTERNS.some((re) => re.test(text));
}

/** A dateline such as "Tuesday, April 06, 2021" or "This Article is From Apr 06, 2021". */
export function isDateLine(text: string): boolean {
  if (text.length > DATE_LINE_MAX || !DATE.test(text)) return false;
  return wordCount(text.replace(DATE_ALL, ' ').replace(TIME, ' ')) <= DATE_LINE_MAX_WORDS;
}

/** "(Edited by …)", "Reporting by …", "By Jane Doe". */
export function isCreditLine(text: string): boolean {
  return text.length <= SHORT_MAX && (CREDIT_LINE.test(text) || BY_NAME.test(text));
}

/** A short line that carries one of the article's author names ("Melis AlemdarMelis Alemdar"). */
export function mentionsAuthor(text: string, authorNames: readonly string[]): boolean {
  return text.length <= SHORT_MAX && authorNames.some((name) => text.includes(name));
}

/** Splits "A, B and C" into names; very short fragments would match too much. */
export function authorNames(author: string): string[] {
  return author
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 3);
}
