/**
 * Test helpers for the cards: a small fixed dataset, and the text an SVG shows, read back. (Nothing the build
 * runs imports this file.)
 */
import type { Dataset } from '../../src/dataset/schema.ts';

/** Two reported countries, one too small to see (Bahrain) and one large (France); the second figure concerns France. */
export const FIXTURE: Dataset = {
  version: 1,
  meta: {
    headline: { fr: 'Titre du test', en: 'Test headline', ar: 'عنوان الاختبار' },
    standfirst: { fr: 'Chapeau du test.', en: 'Test standfirst.', ar: 'مقدمة الاختبار.' },
    article: 'story',
    updated: '2026-01-02',
    credits: { fr: 'Crédits', en: 'Credits', ar: 'شكر' },
  },
  sources: [
    { id: 'other', title: 'Another source', lang: 'en', file: 'other.txt' },
    { id: 'story', title: 'Le titre de l’article', lang: 'fr', file: 'story.txt', publisher: 'La Gazette' },
  ],
  countries: [
    { code: 'BH', status: 'reported', count: 'not-disclosed', provenance: { source: 'story', excerpt: 'Bahreïn' } },
    { code: 'FR', status: 'reported', count: 12, provenance: { source: 'story', excerpt: 'France' } },
  ],
  figures: [
    {
      id: 'worldwide',
      value: 77,
      approximate: false,
      notation: 'standard',
      unit: { fr: 'cibles', en: 'targets', ar: 'هدفًا' },
      label: { fr: 'dans le monde', en: 'worldwide', ar: 'في العالم' },
      countries: [],
      provenance: { source: 'story', excerpt: '77 cibles' },
    },
    {
      id: 'phones',
      value: 2500,
      approximate: true,
      notation: 'standard',
      unit: { fr: 'téléphones piratés', en: 'phones hacked', ar: 'هاتف مخترق' },
      label: { fr: 'en France et au Bahreïn', en: 'in France and Bahrain', ar: 'في فرنسا والبحرين' },
      countries: ['FR'],
      provenance: { source: 'story', excerpt: 'environ 2 500 téléphones' },
    },
  ],
  quotes: [],
};

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** The text of every `<text>` element, unescaped, without bidi controls, joined by spaces as a reader reads it. */
export function shownText(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map(([, text]) => text!.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ENTITIES[name]!))
    .join(' ')
    .replace(/[\u2066-\u2069]/g, '');
}
