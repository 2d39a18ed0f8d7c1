import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { countryName } from '../../src/i18n/country-names.ts';
import { LANGS } from '../../src/i18n/lang.ts';
import { MAP_STRINGS } from '../../src/map/map.strings.ts';
import { FIXTURE, shownText } from './fixture.ts';
import { measureText, RESVG_OPTIONS } from './fonts.ts';
import { printMapSvg } from './print-map.ts';

describe('printMapSvg', () => {
  for (const lang of LANGS)
    it(`in ${lang}, is a standalone SVG with the title, each reported country, the legend and the source`, () => {
      const svg = printMapSvg(FIXTURE, lang, measureText);
      expect(svg).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
      const text = shownText(svg);
      expect(text).toContain(MAP_STRINGS[lang].caption);
      expect(text).toContain(MAP_STRINGS[lang].reported);
      expect(text).toContain(MAP_STRINGS[lang].others);
      for (const code of ['BH', 'FR'] as const) expect(text).toContain(countryName(code, lang));
      expect(text).toContain('Le titre de l’article');
      expect(() => new Resvg(svg, RESVG_OPTIONS)).not.toThrow();
    });

  it("names each reported country's shape, for the layers of a print desk's software", () => {
    const svg = printMapSvg(FIXTURE, 'en', measureText);
    expect(svg).toMatch(/<g id="map-FR"><title>France<\/title><path /);
  });

  it('has no background: the paper is', () => {
    const image = new Resvg(printMapSvg(FIXTURE, 'fr', measureText), RESVG_OPTIONS).render();
    // The top left corner, in the margin: fully transparent.
    expect(image.pixels.readUInt32BE(0)).toBe(0);
  });

  it('draws no legend when no country is reported', () => {
    const text = shownText(printMapSvg({ ...FIXTURE, countries: [] }, 'fr', measureText));
    expect(text).toContain(MAP_STRINGS.fr.none);
    expect(text).not.toContain(MAP_STRINGS.fr.reported);
  });
});
