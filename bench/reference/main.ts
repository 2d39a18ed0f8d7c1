/**
 * The reference of the benchmark (issue 9): the world map a developer would
 * otherwise paste. world-atlas countries-110m, fetched as JSON, drawn with
 * d3-geo and topojson-client as SVG, three countries filled. No Bahrain (110m
 * has none), no figures, no quotes, no accessibility, no languages.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const REPORTED = new Set(['048', '484', '784']); // Bahrain, Mexico, United Arab Emirates (ISO numeric)
const width = 960;
const height = 500;

// Relative to the page, as the canonical example's d3.json('countries-110m.json') is.
const topology = (await (await fetch('countries-110m.json')).json()) as Topology<{
  countries: GeometryCollection<{ name: string }>;
}>;
const countries = feature(topology, topology.objects.countries);
const projection = geoEqualEarth().fitSize([width, height], countries);
const path = geoPath(projection);
const svg = document.getElementById('map') as unknown as SVGSVGElement;
svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
const ns = 'http://www.w3.org/2000/svg';
for (const f of countries.features) {
  const el = document.createElementNS(ns, 'path');
  el.setAttribute('d', path(f) ?? '');
  if (REPORTED.has(String(f.id))) el.setAttribute('class', 'reported');
  svg.append(el);
}
document.body.dataset.complete = '';
