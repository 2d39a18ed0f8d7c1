/**
 * `npm run validate -- [FILE] [--lang fr|en]`: checks a dataset file against
 * the schema, its references and its sources (verbatim excerpts and quotes).
 * Prints one line per error and exits 1 when there is any, 0 otherwise.
 * A thin shell over src/dataset: the editor and the widget use the same code.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { formatError, formatParseFailure, type MessageLang } from '../src/dataset/messages.ts';
import { parseDatasetText } from '../src/dataset/parse.ts';
import { TXT_FILE, type Dataset } from '../src/dataset/schema.ts';
import { validateDataset } from '../src/dataset/validate.ts';

/** "1 source", "3 sources". */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

type CliLang = Extract<MessageLang, 'fr' | 'en'>;

/** The CLI's own lines; the errors come from messages.ts in the same language. */
const CLI: Record<
  CliLang,
  { unreadable: (code: string) => string; valid: (d: Dataset) => string; errors: (n: number) => string }
> = {
  en: {
    unreadable: (code) =>
      `cannot read the file (${{ ENOENT: 'no such file', EISDIR: 'it is a folder', EACCES: 'permission denied' }[code] ?? code})`,
    valid: (d) =>
      `valid (${count(d.countries.length, 'country', 'countries')}, ${count(d.figures.length, 'figure')}, ${count(d.quotes.length, 'quote')}, ${count(d.sources.length, 'source')}; every excerpt verbatim)`,
    errors: (n) => count(n, 'error'),
  },
  fr: {
    unreadable: (code) =>
      `impossible de lire le fichier (${{ ENOENT: 'introuvable', EISDIR: 'c’est un dossier', EACCES: 'accès refusé' }[code] ?? code})`,
    valid: (d) =>
      `valide (${count(d.countries.length, 'pays', 'pays')}, ${count(d.figures.length, 'chiffre')}, ${count(d.quotes.length, 'citation')}, ${count(d.sources.length, 'source')} ; chaque extrait mot pour mot)`,
    errors: (n) => count(n, 'erreur'),
  },
};

async function readSourceTexts(datasetFile: string, value: unknown): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const sources = (value as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) return texts;
  for (const source of sources as { file?: unknown }[]) {
    // Only paths inside the dataset's folder are read: the schema reports the others.
    if (typeof source?.file !== 'string' || !TXT_FILE.test(source.file)) continue;
    try {
      texts.set(source.file, await readFile(resolve(dirname(datasetFile), source.file), 'utf8'));
    } catch {
      // Reported by the validator as "cannot read the source text".
    }
  }
  return texts;
}

async function main(argv: string[]): Promise<number> {
  const langAt = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const asked = langAt < 0 ? 'en' : (argv[langAt]!.split('=')[1] ?? argv[langAt + 1]);
  const lang: CliLang = asked === 'fr' ? 'fr' : 'en';
  if (asked !== lang) console.error(`--lang ${asked ?? ''}: only fr and en are available; messages in English`);
  const file = argv.find((arg, i) => !arg.startsWith('--') && argv[i - 1] !== '--lang') ?? 'data/dataset.json';
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    console.error(`${file}: ${CLI[lang].unreadable((error as NodeJS.ErrnoException).code ?? String(error))}`);
    return 1;
  }
  const parsed = parseDatasetText(text);
  if (!parsed.ok) {
    console.error(`${file}: ${formatParseFailure(parsed.failure, lang)}`);
    return 1;
  }
  const result = validateDataset(parsed.value, { sourceTexts: await readSourceTexts(file, parsed.value) });
  if (result.ok) {
    console.log(`${file}: ${CLI[lang].valid(result.dataset)}`);
    return 0;
  }
  for (const error of result.errors) console.error(`${file}: ${formatError(error, lang)}`);
  console.error(`${file}: ${CLI[lang].errors(result.errors.length)}`);
  return 1;
}

process.exitCode = await main(process.argv.slice(2));
