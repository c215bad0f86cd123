import type { Paragraph } from '../../shared/types';

/**
 * Only statements are linked: body paragraphs and standfirsts. Titles are headlines, not
 * reports; bylines, datelines and page furniture say nothing about the event. Captions are left
 * out too: they describe a photograph, and outlets that use the same agency picture carry the
 * same caption, which would "corroborate" nothing but the photo.
 */
export function isEligible(p: Paragraph): boolean {
  return p.kind === 'body' || p.kind === 'standfirst';
}
