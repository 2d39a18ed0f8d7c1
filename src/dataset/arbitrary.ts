/**
 * fast-check arbitraries for datasets from the schema's valid space: unique
 * ids, resolvable references, any ISO code, any text. Tests use them to show
 * that every valid dataset validates and renders. (Test helper: nothing in
 * the module entry imports it.)
 */
import fc from 'fast-check';
import { COUNTRY_CODES, type CountryCode } from './country-codes.ts';
import type { Dataset } from './schema.ts';

// Any text that says something (the schema refuses spaces alone).
const text = fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }).filter((t) => /\S/.test(t));
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}$/);
const localized = fc.record({ fr: text, en: text, ar: text }, { requiredKeys: ['fr', 'en'] });
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const subset = <T>(values: readonly T[]) => fc.subarray([...values]);

export const validDataset: fc.Arbitrary<Dataset> = fc
  .record({
    sourceIds: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }),
    figureIds: fc.uniqueArray(slug, { maxLength: 6 }),
    quoteIds: fc.uniqueArray(slug, { maxLength: 8 }),
    codes: fc.uniqueArray(fc.constantFrom(...COUNTRY_CODES), { maxLength: 30 }),
  })
  .chain(({ sourceIds, figureIds, quoteIds, codes }) => {
    const sourceId = fc.constantFrom(...sourceIds);
    const provenance = fc.record({ source: sourceId, excerpt: text });
    const countries = subset<CountryCode>(codes);
    return fc.record({
      version: fc.constant(1 as const),
      meta: fc.record(
        {
          headline: localized,
          standfirst: localized,
          article: sourceId,
          updated: isoDate,
          credits: localized,
          dataUrl: fc.webUrl({ validSchemes: ['https'] }),
        },
        { requiredKeys: ['headline', 'standfirst', 'article', 'updated', 'credits'] },
      ),
      sources: fc.tuple(
        ...sourceIds.map((id) =>
          fc.record(
            {
              id: fc.constant(id),
              title: text,
              lang: fc.constantFrom('fr', 'en', 'ar'),
              file: fc.constant(`sources/${id}.txt`),
              publisher: text,
              url: fc.webUrl({ validSchemes: ['http', 'https'] }),
              published: isoDate,
            },
            { requiredKeys: ['id', 'title', 'lang', 'file'] },
          ),
        ),
      ),
      countries: fc.tuple(
        ...codes.map((code) =>
          fc.record({
            code: fc.constant(code),
            status: fc.constant('reported' as const),
            count: fc.oneof(fc.constant('not-disclosed' as const), fc.nat({ max: 100_000 })),
            provenance,
          }),
        ),
      ),
      figures: fc.tuple(
        ...figureIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            value: fc.oneof(
              fc.nat({ max: 1e6 }),
              fc.double({ min: 0, max: 1e13, noNaN: true, noDefaultInfinity: true }),
            ),
            approximate: fc.boolean(),
            notation: fc.constantFrom('standard' as const, 'compact' as const),
            unit: localized,
            label: localized,
            countries,
            provenance,
          }),
        ),
      ),
      quotes: fc.tuple(
        ...quoteIds.map((id) =>
          fc.integer({ min: 1, max: 4 }).chain((n) =>
            fc.record({
              id: fc.constant(id),
              side: fc.constantFrom('whatsapp' as const, 'nso' as const),
              speaker: text,
              role: localized,
              organisation: text,
              context: localized,
              lang: fc.constantFrom('fr', 'en'),
              passages: fc.array(text, { minLength: n, maxLength: n }),
              translations: fc.record(
                {
                  en: fc.array(text, { minLength: n, maxLength: n }),
                  ar: fc.array(text, { minLength: n, maxLength: n }),
                },
                { requiredKeys: [] },
              ),
              respondsTo: subset(quoteIds.filter((q) => q !== id)),
              figures: subset(figureIds),
              countries,
              source: sourceId,
            }),
          ),
        ),
      ),
    });
  });
