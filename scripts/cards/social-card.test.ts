import { Resvg } from '@resvg/resvg-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validDataset } from '../../src/dataset/arbitrary.ts';
import type { Dataset } from '../../src/dataset/schema.ts';
import { validateDataset } from '../../src/dataset/validate.ts';
import { countryName } from '../../src/i18n/country-names.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import { LANGS } from '../../src/i18n/lang.ts';
import { FIXTURE, shownText } from './fixture.ts';
import { measureText, RESVG_OPTIONS } from './fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH, keyFigure, socialCardSvg, sourceLine } from './social-card.ts';

/** px: the card's margin. */
const PAD = 56;

/** The box of everything drawn on a card but its background, as resvg lays it out. */
function contentBox(svg: string) {
  const content = svg.replace(/<rect width="1200" height="(630|8)" fill="[^"]*"\/>/g, '');
  return new Resvg(content, RESVG_OPTIONS).getBBox()!;
}

describe('the fixture', () => {
  it('is a valid dataset', () => {
    expect(validateDataset(FIXTURE).ok).toBe(true);
  });
});

describe('keyFigure', () => {
  it('is the first figure that concerns a reported country', () => {
    expect(keyFigure(FIXTURE)?.id).toBe('phones');
  });

  it('is the first figure when none concerns a reported country', () => {
    const noneReported = { ...FIXTURE, countries: [] };
    expect(keyFigure(noneReported)?.id).toBe('worldwide');
  });

  it('is none when the dataset has no figure', () => {
    expect(keyFigure({ ...FIXTURE, figures: [] })).toBeUndefined();
  });
});

describe('sourceLine', () => {
  it("names the article's title and publisher, in the reader's typography", () => {
    expect(sourceLine(FIXTURE, 'fr')).toBe(
      'Source\u00a0: «\u202f\u2068Le titre de l’article\u2069\u202f», \u2068La Gazette\u2069',
    );
    expect(sourceLine(FIXTURE, 'en')).toBe('Source: “\u2068Le titre de l’article\u2069”, \u2068La Gazette\u2069');
  });
});

describe('socialCardSvg', () => {
  for (const lang of LANGS)
    it(`in ${lang}, states the headline, the key figure, each reported country and the source`, () => {
      const svg = socialCardSvg(FIXTURE, lang, measureText);
      const text = shownText(svg);
      expect(text).toContain(FIXTURE.meta.headline[lang]);
      expect(text).toContain(formatNumber(2500, lang));
      expect(text).toContain(keyFigure(FIXTURE)!.unit[lang]);
      expect(text).toContain(keyFigure(FIXTURE)!.label[lang]);
      for (const code of ['BH', 'FR'] as const) expect(text).toContain(countryName(code, lang));
      expect(text).toContain('Le titre de l’article');
      expect(text).toContain('La Gazette');
      expect(svg).toMatch(
        new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`),
      );
    });

  it('shows the standfirst where the key figure goes when the dataset has no figure', () => {
    const text = shownText(socialCardSvg({ ...FIXTURE, figures: [] }, 'en', measureText));
    expect(text).toContain(FIXTURE.meta.standfirst.en);
    expect(text).not.toContain(FIXTURE.figures[1]!.unit.en);
  });

  it('hatches and outlines each reported country in the accent colour, and marks Bahrain with a labelled callout', () => {
    const svg = socialCardSvg(FIXTURE, 'fr', measureText);
    expect(svg).toMatch(
      /<g id="map-FR"><title>France<\/title><path d="M[^"]+" fill="url\(#map-hatch\)" stroke="#b3261e"/,
    );
    expect(svg).toMatch(/<g id="map-BH-callout"><line [^>]*\/><rect [^>]*\/><text [^>]*>Bahreïn<\/text><circle /);
  });

  it('sets the Arabic card right to left: its headline starts at the right margin, in a right-to-left isolate', () => {
    const svg = socialCardSvg(FIXTURE, 'ar', measureText);
    const headline = svg.match(/<text x="([\d.]+)" [^>]*text-anchor="(\w+)">\u2067عنوان الاختبار\u2069<\/text>/);
    expect(headline?.slice(1)).toEqual([`${CARD_WIDTH - 56}`, 'end']);
  });

  it('escapes dataset text: a headline with markup is shown as written and adds no element', () => {
    const headline = `<script>alert("x")</script> & <a href='y'>`;
    const hostile: Dataset = { ...FIXTURE, meta: { ...FIXTURE.meta, headline: { fr: headline, en: headline } } };
    const svg = socialCardSvg(hostile, 'fr', measureText);
    expect(svg).not.toMatch(/<script|<a /);
    expect(shownText(svg)).toContain(headline);
    expect(() => new Resvg(svg, RESVG_OPTIONS)).not.toThrow();
  });

  for (const lang of ['fr', 'ar'] as const)
    it(`in ${lang}, cuts long texts to fit: nothing is drawn outside the card's margins`, () => {
      const long = (word: string) => Array.from({ length: 60 }, () => word).join(' ');
      const text = (word: string) => ({ fr: long(word), en: 'x', ar: long(word) });
      const figure = { ...FIXTURE.figures[1]!, unit: text('appareils'), label: text('selon') };
      // Nine reported countries: a legend of two full lines, which the map's width must hold too.
      const codes = ['KW', 'BH', 'QA', 'AE', 'LB', 'IL', 'MX', 'FR', 'IN'] as const;
      const wordy: Dataset = {
        ...FIXTURE,
        meta: { ...FIXTURE.meta, headline: text('WhatsApp') },
        sources: [{ ...FIXTURE.sources[1]!, title: long('titre') }],
        countries: codes.map((code) => ({ ...FIXTURE.countries[0]!, code })),
        figures: [figure],
      };
      const svg = socialCardSvg(wordy, lang, measureText);
      expect(shownText(svg)).toMatch(/…/);
      const box = contentBox(svg);
      // Path boxes are approximate (Resvg.getBBox): a pixel either way.
      expect(box.x).toBeGreaterThanOrEqual(PAD - 1);
      expect(box.x + box.width).toBeLessThanOrEqual(CARD_WIDTH - PAD + 1);
      expect(box.y).toBeGreaterThanOrEqual(PAD);
      expect(box.y + box.height).toBeLessThanOrEqual(CARD_HEIGHT - PAD / 2);
    });

  it('renders any valid dataset, in every language, as an SVG resvg reads', () => {
    fc.assert(
      fc.property(validDataset, fc.constantFrom(...LANGS), (dataset, lang) => {
        // Random text has characters no font has: resvg would warn about each.
        new Resvg(socialCardSvg(dataset, lang, measureText), { ...RESVG_OPTIONS, logLevel: 'off' });
      }),
      { numRuns: 25 },
    );
    // Each run measures and parses dozens of texts: seconds, more on a busy machine.
  }, 30_000);
});
