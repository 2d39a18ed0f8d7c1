/**
 * What the statistics panel shows, derived from the dataset alone: every
 * figure in `dataset.figures`, then the number of countries the dataset names,
 * counted from `dataset.countries` so that it can never disagree with the map.
 */
import type { CountryCode, Dataset, Figure } from '../dataset/schema.ts';
import { sourceOf } from '../dataset/source.ts';
import type { Highlight } from '../events.ts';
import { formatSomeCountries, pluralWord, type Notation } from '../i18n/format.ts';
import { pick, pickedLang, type Lang } from '../i18n/lang.ts';
import { otherCountries } from '../map/description.ts';
import { STATS_STRINGS } from './stats.strings.ts';

/** The id of the derived count of countries (dataset figure ids are other slugs). */
export const COUNTRIES_FIGURE_ID = 'countries-named';

export interface Citation {
  excerpt: string;
  /** The source's title, or its id if the dataset lacks it (the validator reports that case). */
  title: string;
  /** The source's language tag, for `lang` on the excerpt. */
  lang: string;
  /** An http(s) URL (the schema admits no other). */
  url?: string;
}

export interface ShownFigure {
  id: string;
  value: number;
  approximate: boolean;
  notation: Notation;
  unit: string;
  label: string;
  /** The languages unit and label are written in: French where the dataset lacks the reader's (as pick() does). */
  unitLang: string;
  labelLang: string;
  countries: readonly CountryCode[];
  citations: Citation[];
}

function citation(dataset: Dataset, provenance: Figure['provenance']): Citation {
  const source = sourceOf(dataset, provenance.source);
  return {
    excerpt: provenance.excerpt,
    title: source?.title ?? provenance.source,
    lang: source?.lang ?? 'fr',
    url: source?.url,
  };
}

/** The figures to show, in the dataset's order, the derived count of countries last. */
export function figuresOf(dataset: Dataset, lang: Lang): ShownFigure[] {
  const shown: ShownFigure[] = dataset.figures.map((figure) => ({
    id: figure.id,
    value: figure.value,
    approximate: figure.approximate,
    notation: figure.notation,
    unit: pick(figure.unit, lang),
    label: pick(figure.label, lang),
    unitLang: pickedLang(figure.unit, lang),
    labelLang: pickedLang(figure.label, lang),
    countries: figure.countries,
    citations: [citation(dataset, figure.provenance)],
  }));
  const countries = dataset.countries;
  // No countries named means nothing to count: "0 countries" is not something the article says.
  if (countries.length === 0) return shown;
  const strings = STATS_STRINGS[lang];
  // Countries often share one excerpt (one sentence names them all): cite each once.
  const excerpts = new Map(countries.map((c) => [`${c.provenance.source}\n${c.provenance.excerpt}`, c.provenance]));
  shown.push({
    id: COUNTRIES_FIGURE_ID,
    value: countries.length,
    approximate: false,
    notation: 'standard',
    unitLang: lang,
    labelLang: lang,
    unit: pluralWord(strings.countriesUnit, countries.length, lang),
    label: strings.countriesLabel(
      formatSomeCountries(
        countries.map((c) => c.code),
        lang,
        otherCountries(lang),
      ),
    ),
    countries: countries.map((c) => c.code),
    citations: [...excerpts.values()].map((provenance) => citation(dataset, provenance)),
  });
  return shown;
}

/** A figure is marked when it is highlighted by id or concerns a highlighted country. */
export function isMarked(figure: Pick<ShownFigure, 'id' | 'countries'>, highlight: Highlight): boolean {
  return (
    highlight.figures.includes(figure.id) || figure.countries.some((country) => highlight.countries.includes(country))
  );
}
