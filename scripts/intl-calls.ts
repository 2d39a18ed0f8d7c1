/**
 * Every formatting call the graphic's parts make for a dataset, in each
 * language: what the build-time Intl seed holds (src/i18n/intl.ts), so that
 * the default graphic renders without starting ICU. It follows the parts'
 * renders: the map's summary, callout names and details card, the figures'
 * spoken and drawn numbers and their sources' languages, the footer's date.
 * A call missed here still works (through Intl); nso-graphic.intl.test.ts
 * catches the miss.
 */
import type { Dataset } from '../src/dataset/schema.ts';
import { countryName } from '../src/i18n/country-names.ts';
import { formatCount, formatDate, formatFigure, formatNumberParts, languageName } from '../src/i18n/format.ts';
import { LANGS, supportedLang } from '../src/i18n/lang.ts';
import { describeMap, reportedCountries } from '../src/map/description.ts';
import { figuresOf } from '../src/stats/figures.ts';

export function formatAll(dataset: Dataset): void {
  for (const lang of LANGS) {
    describeMap(dataset.countries, lang);
    for (const country of reportedCountries(dataset.countries)) {
      countryName(country.code, lang);
      if (country.count !== 'not-disclosed') formatCount(country.count, lang);
    }
    for (const figure of figuresOf(dataset, lang)) {
      formatFigure(figure.value, lang, figure);
      formatNumberParts(figure.value, lang, figure.notation);
      for (const citation of figure.citations)
        if (supportedLang(citation.lang) !== lang) languageName(citation.lang, lang);
    }
    formatDate(dataset.meta.updated, lang);
  }
}
