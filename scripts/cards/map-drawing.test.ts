import { describe, expect, it } from 'vitest';
import type { CountryCode, Dataset } from '../../src/dataset/schema.ts';
import { PALETTES } from '../../src/theme.ts';
import { FIXTURE } from './fixture.ts';
import { measureText } from './fonts.ts';
import { drawMap, type MapStyle } from './map-drawing.ts';

const STYLE: MapStyle = {
  palette: PALETTES.light,
  label: { size: 18, weight: 700 },
  labelPadding: 7,
  hatch: 7,
  outline: 2,
};

const reporting = (codes: readonly CountryCode[]): Dataset => ({
  ...FIXTURE,
  countries: codes.map((code) => ({ ...FIXTURE.countries[0]!, code })),
});

describe('drawMap', () => {
  it('draws a large reported country as a hatched, outlined shape with no marker', () => {
    const svg = drawMap(reporting(['MX']), 'en', measureText, { x: 0, y: 0, width: 700 }, STYLE);
    expect(svg).toMatch(
      /<g id="map-MX"><title>Mexico<\/title><path d="M[^"]+" fill="url\(#map-hatch\)" stroke="#b3261e"/,
    );
    expect(svg).not.toMatch(/<circle/);
  });

  it('marks every country too small to see, labelling those its labels find room for', () => {
    // Six small countries of the Gulf and the Levant, too close together for six labels at this size. Bahrain is
    // a point; Qatar and the Emirates are shapes too small to see.
    const small: CountryCode[] = ['KW', 'BH', 'QA', 'AE', 'LB', 'IL'];
    const svg = drawMap(reporting(small), 'en', measureText, { x: 0, y: 0, width: 700 }, STYLE);
    const groups = [...svg.matchAll(/<g id="map-(\w\w)-callout">(.*?)<\/g>/g)];
    expect(groups.map(([, code]) => code).sort()).toEqual([...small].sort());
    for (const [, , group] of groups) expect(group).toMatch(/<circle /);
    const unlabelled = groups.filter(([, , group]) => !group!.includes('<text')).map(([, code]) => code);
    expect(unlabelled.length).toBeGreaterThan(0);
    expect(unlabelled.length).toBeLessThan(small.length);
    expect(svg).toMatch(/<g id="map-QA"><title>Qatar<\/title><path /);
  });
});
