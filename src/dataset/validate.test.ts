import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatError } from './messages.ts';
import { validateDataset, type DatasetError } from './validate.ts';

const shipped = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;
const article = readFileSync(new URL('../../data/sources/article.fr.txt', import.meta.url), 'utf8');
const sourceTexts = new Map([['sources/article.fr.txt', article]]);

/** A deep copy of the shipped dataset with one edit applied, as an editor would make it. */
function edited(edit: (d: any) => void): unknown {
  const copy = structuredClone(shipped);
  edit(copy);
  return copy;
}

function errorsOf(value: unknown): DatasetError[] {
  const result = validateDataset(value, { sourceTexts });
  return result.ok ? [] : result.errors;
}

function linesOf(value: unknown): string[] {
  return errorsOf(value).map((e) => formatError(e));
}

describe('validateDataset on the shipped dataset', () => {
  it('validateDataset accepts data/dataset.json with its sources', () => {
    expect(linesOf(shipped)).toEqual([]);
  });

  it('validateDataset returns the typed dataset with the three reported countries', () => {
    const result = validateDataset(shipped);
    expect(result.ok && result.dataset.countries.map((c) => c.code)).toEqual(['BH', 'MX', 'AE']);
  });

  it('validateDataset accepts Kosovo, XK, as a reported country', () => {
    expect(linesOf(edited((d) => d.countries.push({ ...d.countries[1], code: 'XK' })))).toEqual([]);
  });
});

describe('validateDataset refuses bad edits, naming where and what', () => {
  it('an unknown country code', () => {
    expect(linesOf(edited((d) => (d.countries[0].code = 'XX')))).toEqual([
      'countries[0].code: expected an ISO 3166-1 alpha-2 country code in capitals, such as "BH"; got "XX"',
    ]);
  });

  it('a lower-case country code', () => {
    expect(linesOf(edited((d) => (d.figures[0].countries[1] = 'mx')))).toEqual([
      'figures[0].countries[1]: expected an ISO 3166-1 alpha-2 country code in capitals, such as "BH"; got "mx"',
    ]);
  });

  it('a negative number', () => {
    expect(linesOf(edited((d) => (d.figures[0].value = -1400)))).toEqual([
      'figures[0].value: expected a number of at least 0; got -1400',
    ]);
  });

  it('a non-finite number (1e999 parses to Infinity)', () => {
    expect(linesOf(edited((d) => (d.figures[2].value = JSON.parse('1e999'))))).toEqual([
      'figures[2].value: expected a finite number',
    ]);
  });

  it('a number written as a string', () => {
    expect(linesOf(edited((d) => (d.figures[1].value = '100')))).toEqual([
      'figures[1].value: expected number; got "100"',
    ]);
  });

  it('a javascript: URL', () => {
    expect(linesOf(edited((d) => (d.meta.dataUrl = 'javascript:alert(1)')))).toEqual([
      'meta.dataUrl: expected an http:// or https:// URL; got "javascript:alert(1)"',
    ]);
  });

  it('a data: URL on a source', () => {
    expect(linesOf(edited((d) => (d.sources[0].url = 'data:text/html,<b>x</b>')))).toEqual([
      'sources[0].url: expected an http:// or https:// URL; got "data:text/html,<b>x</b>"',
    ]);
  });

  it('accepts an https URL', () => {
    expect(linesOf(edited((d) => (d.sources[0].url = 'https://example.com/article')))).toEqual([]);
  });

  it('a duplicate figure id', () => {
    expect(linesOf(edited((d) => (d.figures[1].id = 'devices')))).toEqual([
      'figures[1].id: duplicate: devices is already used above',
      'quotes[1].figures[0]: "targets" matches nothing; expected one of devices, exposed',
    ]);
  });

  it('a country listed twice', () => {
    expect(linesOf(edited((d) => d.countries.push(structuredClone(d.countries[0]))))).toEqual([
      'countries[3].code: duplicate: BH is already used above',
    ]);
  });

  it('a country whose provenance names a missing source', () => {
    expect(linesOf(edited((d) => (d.countries[0].provenance.source = 'le-monde')))).toEqual([
      'countries[0].provenance.source: "le-monde" matches nothing; expected one of article',
    ]);
  });

  it('a reference to a missing source', () => {
    expect(linesOf(edited((d) => (d.quotes[0].source = 'le-monde')))).toEqual([
      'quotes[0].source: "le-monde" matches nothing; expected one of article',
    ]);
  });

  it('a quote that answers itself', () => {
    expect(linesOf(edited((d) => d.quotes[3].respondsTo.push(d.quotes[3].id)))).toEqual([
      'quotes[3].respondsTo[2]: a quote cannot answer itself: give the id of the quote it answers',
    ]);
  });

  it('a reference to a missing quote', () => {
    expect(linesOf(edited((d) => (d.quotes[3].respondsTo = ['cathcart-nope'])))).toEqual([
      'quotes[3].respondsTo[0]: "cathcart-nope" matches nothing; expected one of cathcart-investigation, cathcart-targets, cathcart-evidence, nso-denial, nso-purpose',
    ]);
  });

  it('a quote that is no longer verbatim', () => {
    const lines = linesOf(edited((d) => (d.quotes[1].passages[0] = '100 défenseurs des droits de l’homme.')));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^quotes\[1\]\.passages\[0\]: not verbatim in source "article", from "de l'homme\.…"/);
  });

  it('an excerpt with a changed figure', () => {
    const lines = linesOf(
      edited((d) => (d.figures[2].provenance.excerpt = 'permis de pirater environ 1,4 milliards de personnes')),
    );
    // Both are wrong now: the excerpt is not the article's, and it no longer gives the figure's value.
    expect(lines).toEqual([
      expect.stringMatching(/^figures\[2\]\.provenance\.excerpt: not verbatim/),
      expect.stringMatching(
        /^figures\[2\]\.value: 1500000000 is not a number its excerpt gives \(it writes 1,4 milliards\)/,
      ),
    ]);
  });

  it('a quote in another language than its source is still checked word for word', () => {
    const invented = edited((d) => {
      d.quotes[3].lang = 'en';
      d.quotes[3].passages[0] = 'We admit we infected 1,400 devices.';
    });
    expect(linesOf(invented)).toEqual([
      expect.stringMatching(/^quotes\[3\]\.passages\[0\]: not verbatim in source "article"/),
    ]);
  });

  it('accepts a quote in English that a French source prints as it was said', () => {
    const quoted = edited((d) => {
      d.quotes[3].lang = 'en';
      d.quotes[3].passages[0] = 'We know who did this.';
    });
    const withEnglish = new Map([['sources/article.fr.txt', `${article}\nIl a écrit : « We know who did this. »`]]);
    expect(validateDataset(quoted, { sourceTexts: withEnglish }).ok).toBe(true);
  });

  it('a quote whose language only adds a region ("fr-FR") is still checked word for word', () => {
    const invented = edited((d) => {
      d.quotes[3].lang = 'fr-FR';
      d.quotes[3].passages[0] = 'Nous reconnaissons avoir infecté 1 400 appareils.';
    });
    expect(linesOf(invented)).toEqual([
      expect.stringMatching(/^quotes\[3\]\.passages\[0\]: not verbatim in source "article"/),
    ]);
  });

  it('a figure whose value its excerpt does not give (edited without the excerpt)', () => {
    expect(linesOf(edited((d) => (d.figures[0].value = 2500)))).toEqual([
      'figures[0].value: 2500 is not a number its excerpt gives (it writes 1 400): correct the value, or quote the words that give it (cut the rest with (…))',
    ]);
  });

  it('a country count its excerpt does not give', () => {
    expect(linesOf(edited((d) => (d.countries[0].count = 300)))).toEqual([
      expect.stringMatching(/^countries\[0\]\.count: 300 is not a number its excerpt gives \(it writes 1 400\)/),
    ]);
  });

  it('accepts the value in the excerpt\'s own scale: 1.5 for "1,5 milliards"', () => {
    expect(linesOf(edited((d) => (d.figures[2].value = 1.5)))).toEqual([]);
  });

  it('accepts a value whose excerpt writes the singular scale word: 1.5e9 for "1,5 milliard"', () => {
    const singular = (text: string) => text.replace('1,5 milliards', '1,5 milliard');
    const dataset = edited((d) => (d.figures[2].provenance.excerpt = singular(d.figures[2].provenance.excerpt)));
    const texts = new Map([['sources/article.fr.txt', singular(article)]]);
    const result = validateDataset(dataset, { sourceTexts: texts });
    expect(result.ok ? [] : result.errors.map((e) => formatError(e))).toEqual([]);
  });

  it('an excerpt from the site advertisement, which is not part of the article', () => {
    const lines = linesOf(edited((d) => (d.countries[1].provenance.excerpt = 'Découvrez nos logiciels de piratage')));
    expect(lines).toEqual([expect.stringMatching(/^countries\[1\]\.provenance\.excerpt: not verbatim/)]);
  });

  it('an excerpt or a passage of spaces only, which would pass for a source', () => {
    const lines = linesOf(
      edited((d) => {
        d.countries[0].provenance.excerpt = ' ';
        d.quotes[0].passages[0] = '\u00a0 ';
      }),
    );
    expect(lines).toEqual([
      'countries[0].provenance.excerpt: must not be empty',
      'quotes[0].passages[0]: must not be empty',
    ]);
  });

  it("a source file outside the dataset's folder", () => {
    for (const file of ['../../outside/notes.txt', '/etc/notes.txt', '//evil.example/a.txt', 'sources/../x.txt'])
      expect(linesOf(edited((d) => (d.sources[0].file = file)))).toEqual([
        expect.stringMatching(/^sources\[0\]\.file: expected the path of a \.txt file in the dataset's folder/),
      ]);
  });

  it('a missing required field', () => {
    expect(linesOf(edited((d) => delete d.meta.updated))).toEqual([
      'meta.updated: required field is missing (expected date)',
    ]);
  });

  it('a misspelt field', () => {
    expect(linesOf(edited((d) => (d.figures[0].aproximate = true)))).toEqual([
      'figures[0].aproximate: unknown field: check its spelling (field names are case-sensitive), or remove it',
    ]);
  });

  it('a translation with a different number of passages', () => {
    expect(linesOf(edited((d) => d.quotes[4].translations.en.pop()))).toEqual([
      'quotes[4].translations.en: expected 4 passages, as many as the original; got 3',
    ]);
  });

  it('a headline without its English text', () => {
    expect(linesOf(edited((d) => delete d.meta.headline.en))).toEqual([
      'meta.headline.en: required field is missing (expected string)',
    ]);
  });

  it('a translation keyed by a language code in capitals', () => {
    const lines = linesOf(
      edited((d) => {
        d.quotes[0].translations.EN = d.quotes[0].translations.en;
        delete d.quotes[0].translations.en;
      }),
    );
    expect(lines).toEqual([
      expect.stringMatching(/^quotes\[0\]\.translations\.EN: expected a language code such as "fr"/),
    ]);
  });

  it('a bad language key', () => {
    expect(linesOf(edited((d) => (d.meta.headline.French = 'x')))).toEqual([
      'meta.headline.French: expected a language code such as "fr", "en" or "ar"; got "French"',
    ]);
  });

  it('an empty list of passages', () => {
    expect(linesOf(edited((d) => (d.quotes[0].passages = [])))).toEqual(['quotes[0].passages: must not be empty']);
  });

  it('a misquote is flagged even while another field is invalid', () => {
    const lines = linesOf(
      edited((d) => {
        delete d.meta.updated;
        d.quotes[0].passages[0] = 'Après des semaines d’enquête.';
      }),
    );
    expect(lines).toEqual([
      'meta.updated: required field is missing (expected date)',
      expect.stringMatching(/^quotes\[0\]\.passages\[0\]: not verbatim in source "article"/),
    ]);
  });

  it('a source whose text file is missing', () => {
    expect(linesOf(edited((d) => (d.sources[0].file = 'sources/missing.txt')))).toEqual([
      'sources[0].file: cannot read the source text sources/missing.txt',
    ]);
  });

  it('{}, [] and null at the root', () => {
    expect(linesOf({})).toEqual([
      'version: required field is missing (expected 1)',
      'meta: required field is missing (expected object)',
      'sources: required field is missing (expected array)',
      'countries: required field is missing (expected array)',
      'figures: required field is missing (expected array)',
      'quotes: required field is missing (expected array)',
    ]);
    expect(linesOf([])).toEqual(['(root): expected object; got array']);
    expect(linesOf(null)).toEqual(['(root): expected object; got null']);
  });

  it('cuts long echoed input short', () => {
    const [line] = linesOf(edited((d) => (d.meta.dataUrl = `javascript:${'x'.repeat(500)}`)));
    expect(line?.length).toBeLessThan(120);
  });
});

describe('validateDataset never throws', () => {
  it('validateDataset returns errors, never throws, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateDataset(value, { sourceTexts });
        return result.ok || (result.errors.length > 0 && result.errors.every((e) => Array.isArray(e.path)));
      }),
      { numRuns: 500 },
    );
  });

  it('validateDataset never throws on the shipped dataset with any field replaced by any JSON value', () => {
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value))
          walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
      }
    };
    walk(shipped, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.slice(1)), fc.jsonValue(), (path, replacement) => {
        const copy = structuredClone(shipped) as any;
        let parent = copy;
        for (const key of path.slice(0, -1)) parent = parent[key];
        parent[path.at(-1) as string] = replacement;
        const result = validateDataset(copy, { sourceTexts });
        return result.ok || result.errors.every((e) => formatError(e).length > 0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('validateDataset on the valid space', () => {
  it('validateDataset accepts every dataset generated from the schema', async () => {
    const { validDataset } = await import('./arbitrary.ts');
    fc.assert(
      fc.property(validDataset, (dataset) => {
        const result = validateDataset(dataset);
        expect(result.ok ? [] : result.errors.map((e) => formatError(e))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
