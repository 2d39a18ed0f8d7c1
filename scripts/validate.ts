/**
 * `npm run validate -- [FILE…] [--lang fr|en]`: checks dataset files against
 * the schema, its references and its sources (verbatim excerpts and quotes).
 * Prints one line per error and exits 1 when there is any, 0 otherwise.
 * A thin shell over src/dataset: the editor and the widget use the same code.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { formatError, formatParseFailure, type MessageLang } from '../src/dataset/messages.ts';
import { duplicateKeys, parseDatasetText } from '../src/dataset/parse.ts';
import { LANG_TAG, TXT_FILE, type Dataset } from '../src/dataset/schema.ts';
import { validateDataset, type DatasetError } from '../src/dataset/validate.ts';

/** "1 source", "3 sources". */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

type CliLang = Extract<MessageLang, 'fr' | 'en'>;

/** The CLI's own lines; the errors come from messages.ts in the same language. */
const CLI: Record<
  CliLang,
  {
    unreadable: (code: string) => string;
    notUtf8: (encoding: string | undefined) => string;
    valid: (d: Dataset) => string;
    errors: (n: number) => string;
  }
> = {
  en: {
    unreadable: (code) =>
      `cannot read the file (${{ ENOENT: 'no such file', EISDIR: 'it is a folder', EACCES: 'permission denied' }[code] ?? code})`,
    notUtf8: (encoding) =>
      `the file is not UTF-8${encoding ? ` (it looks like ${encoding})` : ''}: save it as UTF-8 (in most editors, "Save with encoding")`,
    valid: (d) =>
      `valid (${count(d.countries.length, 'country', 'countries')}, ${count(d.figures.length, 'figure')}, ${count(d.quotes.length, 'quote')}, ${count(d.sources.length, 'source')}; every excerpt verbatim)`,
    errors: (n) => count(n, 'error'),
  },
  fr: {
    unreadable: (code) =>
      `impossible de lire le fichier (${{ ENOENT: 'introuvable', EISDIR: 'c’est un dossier', EACCES: 'accès refusé' }[code] ?? code})`,
    notUtf8: (encoding) =>
      `le fichier n’est pas en UTF-8${encoding ? ` (il semble en ${encoding})` : ''} : enregistrez-le en UTF-8 (dans la plupart des éditeurs, « Enregistrer avec l’encodage »)`,
    valid: (d) =>
      `valide (${count(d.countries.length, 'pays', 'pays')}, ${count(d.figures.length, 'chiffre')}, ${count(d.quotes.length, 'citation')}, ${count(d.sources.length, 'source')} ; chaque extrait mot pour mot)`,
    errors: (n) => count(n, 'erreur'),
  },
};

/** A file's text when it is UTF-8 (a BOM allowed), else the encoding it seems to be in, if any. */
async function readUtf8(file: string): Promise<{ text: string } | { encoding: string | undefined }> {
  const bytes = await readFile(file);
  // UTF-16 (Windows' "Unicode"): a byte-order mark, or a zero byte beside each ASCII character.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.includes(0))
    return { encoding: 'UTF-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { encoding: 'Latin-1 / Windows-1252' };
  }
}

async function readSourceTexts(datasetFile: string, value: unknown, lang: CliLang): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const sources = (value as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) return texts;
  for (const source of sources as { file?: unknown }[]) {
    // Only paths inside the dataset's folder are read: the schema reports the others.
    if (typeof source?.file !== 'string' || !TXT_FILE.test(source.file)) continue;
    const path = resolve(dirname(datasetFile), source.file);
    try {
      const read = await readUtf8(path);
      if ('text' in read) texts.set(source.file, read.text);
      // Not read, so the validator adds "cannot read the source text": this line says why.
      else console.error(`${path}: ${CLI[lang].notUtf8(read.encoding)}`);
    } catch {
      // Reported by the validator as "cannot read the source text".
    }
  }
  return texts;
}

/** Validates one dataset file, printing its result; true when it is valid. */
async function validateFile(file: string, lang: CliLang): Promise<boolean> {
  let read: Awaited<ReturnType<typeof readUtf8>>;
  try {
    read = await readUtf8(file);
  } catch (error) {
    console.error(`${file}: ${CLI[lang].unreadable((error as NodeJS.ErrnoException).code ?? String(error))}`);
    return false;
  }
  if (!('text' in read)) {
    console.error(`${file}: ${CLI[lang].notUtf8(read.encoding)}`);
    return false;
  }
  const parsed = parseDatasetText(read.text);
  if (!parsed.ok) {
    console.error(`${file}: ${formatParseFailure(parsed.failure, lang)}`);
    return false;
  }
  const result = validateDataset(parsed.value, { sourceTexts: await readSourceTexts(file, parsed.value, lang) });
  // JSON.parse keeps a repeated key's last value: the text is where the first one can still be seen.
  const repeated: DatasetError[] = duplicateKeys(read.text).map(({ path, line, column }) => ({
    path,
    code: 'duplicate-key',
    values: [String(line), String(column)],
  }));
  const errors = [...repeated, ...(result.ok ? [] : result.errors)];
  if (result.ok && errors.length === 0) {
    console.log(`${file}: ${CLI[lang].valid(result.dataset)}`);
    return true;
  }
  for (const error of errors) console.error(`${file}: ${formatError(error, lang)}`);
  console.error(`${file}: ${CLI[lang].errors(errors.length)}`);
  return false;
}

async function main(argv: string[]): Promise<number> {
  // "--lang fr" or "--lang=fr"; after "--lang", what is not a language code ("--lang data.json") is a file.
  const langAt = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const inline = langAt >= 0 ? argv[langAt]!.split('=')[1] : undefined;
  const next = langAt >= 0 && inline === undefined ? argv[langAt + 1] : undefined;
  const asked = inline ?? (next !== undefined && LANG_TAG.test(next) ? next : undefined);
  const lang: CliLang = asked === 'fr' ? 'fr' : 'en';
  if (asked !== undefined && asked !== lang)
    console.error(`--lang ${asked}: only fr and en are available; messages in English`);
  if (langAt >= 0 && asked === undefined) console.error('--lang needs fr or en (--lang fr); messages in English');
  const taken = inline === undefined && asked !== undefined ? langAt + 1 : -1;
  const files = argv.filter((arg, i) => !arg.startsWith('--') && i !== taken);
  let valid = true;
  for (const file of files.length > 0 ? files : ['data/dataset.json'])
    valid = (await validateFile(file, lang)) && valid;
  return valid ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
