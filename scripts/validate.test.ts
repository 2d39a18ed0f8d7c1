import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules/.bin/tsx');

/** Runs the CLI as an editor would, returning its exit code and output lines. */
async function validate(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  try {
    const { stdout, stderr } = await run(TSX, ['scripts/validate.ts', ...args]);
    return { code: 0, out: stdout.trim().split('\n'), err: stderr.trim().split('\n').filter(Boolean) };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout.trim().split('\n'), err: e.stderr.trim().split('\n').filter(Boolean) };
  }
}

let dir: string;
let shipped: string;

/** Writes an edited copy of the dataset beside a copy of its sources. */
async function write(name: string, text: string): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, text);
  return file;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nso-validate-'));
  await cp('data/sources', join(dir, 'sources'), { recursive: true });
  shipped = await readFile('data/dataset.json', 'utf8');
});

// Each test starts the CLI in a process of its own (tsx compiles it first): seconds on a busy machine.
describe('npm run validate', { timeout: 30_000 }, () => {
  it('validate with no FILE checks data/dataset.json and exits 0', async () => {
    const { code, out } = await validate();
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/^data\/dataset\.json: valid \(3 countries, 3 figures, 5 quotes, 1 source;/);
  });

  it('validate FILE reports malformed JSON with its line and column and exits 1', async () => {
    const file = await write('broken.json', shipped.replace('"version": 1,', '"version": 1,,'));
    const { code, err } = await validate(file);
    expect(code).toBe(1);
    expect(err).toEqual([`${file}: line 3, column 16: malformed JSON (unexpected ",")`]);
  });

  it('validate FILE prints one line per error with its path, then a count', async () => {
    const data = JSON.parse(shipped);
    data.countries[2].code = 'UAE';
    data.figures[0].value = -1;
    const file = await write('two-errors.json', JSON.stringify(data, null, 2));
    const { code, err } = await validate(file);
    expect(code).toBe(1);
    expect(err).toEqual([
      `${file}: countries[2].code: expected an ISO 3166-1 alpha-2 country code in capitals, such as "BH"; got "UAE"`,
      `${file}: figures[0].value: expected a number of at least 0; got -1`,
      `${file}: 2 errors`,
    ]);
  });

  it('validate FILE checks quotes against the source text next to the file', async () => {
    const file = await write('misquote.json', shipped.replace('ultra sophistiquée', 'très sophistiquée'));
    const { code, err } = await validate(file);
    expect(code).toBe(1);
    expect(err[0]).toMatch(/: quotes\[2\]\.passages\[0\]: not verbatim in source "article"/);
  });

  it("validate FILE checks each figure's value against its excerpt", async () => {
    const file = await write('value.json', shipped.replace('"value": 1400,', '"value": 2500,'));
    const { code, err } = await validate(file);
    expect(code).toBe(1);
    expect(err).toEqual([
      `${file}: figures[0].value: 2500 is not a number its excerpt gives (it writes 1 400): correct the value, or quote the words that give it (cut the rest with (…))`,
      `${file}: 1 error`,
    ]);
  });

  it('validate --lang FILE, the language forgotten, checks FILE (not the shipped dataset) and says what --lang needs', async () => {
    const file = await write('forgot-lang.json', shipped.replace('"value": 1400,', '"value": 2500,'));
    const { code, err } = await validate('--lang', file);
    expect(code).toBe(1);
    expect(err[0]).toBe('--lang needs fr or en (--lang fr); messages in English');
    expect(err[1]).toMatch(/forgot-lang\.json: figures\[0\]\.value: 2500/);
  });

  it('validate A B checks both files and exits 1 when one is invalid', async () => {
    const good = await write('good.json', shipped);
    const bad = await write('bad.json', shipped.replace('"updated": "2026-11-28"', '"updated": "28/11/2026"'));
    const { code, out, err } = await validate(good, bad);
    expect(code).toBe(1);
    expect(out).toEqual([expect.stringMatching(/good\.json: valid/)]);
    expect(err[0]).toMatch(/bad\.json: meta\.updated: expected a date/);
  });

  it('validate FILE saved as UTF-16 or Latin-1 says to save it as UTF-8, for the dataset and for its source text', async () => {
    const utf16 = join(dir, 'utf16.json');
    await writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(shipped, 'utf16le')]));
    expect((await validate(utf16)).err).toEqual([
      `${utf16}: the file is not UTF-8 (it looks like UTF-16): save it as UTF-8 (in most editors, "Save with encoding")`,
    ]);
    const latin = join(dir, 'latin', 'dataset.json');
    await cp('data/sources', join(dir, 'latin', 'sources'), { recursive: true });
    await writeFile(
      join(dir, 'latin', 'sources', 'article.fr.txt'),
      Buffer.from(await readFile('data/sources/article.fr.txt', 'utf8'), 'latin1'),
    );
    await writeFile(latin, shipped);
    const { code, err } = await validate(latin);
    expect(code).toBe(1);
    expect(err[0]).toMatch(/article\.fr\.txt: the file is not UTF-8 \(it looks like Latin-1 \/ Windows-1252\)/);
  });

  it('validate FILE flags a field written twice in one object (JSON keeps only the last)', async () => {
    const file = await write(
      'twice.json',
      shipped.replace('"updated": "2026-11-28"', '"updated": "2026-11-28", "updated": "2026-11-29"'),
    );
    const { code, err } = await validate(file);
    expect(code).toBe(1);
    expect(err[0]).toMatch(
      /: meta\.updated: this field appears twice in its object \(again at line \d+, column \d+\): JSON keeps only the last one; remove the other$/,
    );
  });

  it('validate --lang fr speaks French', async () => {
    const file = await write('fr.json', shipped.replace('"updated": "2026-11-28"', '"updated": "28/11/2026"'));
    const { err } = await validate(file, '--lang', 'fr');
    expect(err[0]).toBe(`${file}: meta.updated: attendu : une date au format AAAA-MM-JJ ; reçu "28/11/2026"`);
    expect(err[1]).toBe(`${file}: 1 erreur`);
  });

  it('validate FILE that does not exist says so and exits 1', async () => {
    const { code, err } = await validate(join(dir, 'nope.json'));
    expect(code).toBe(1);
    expect(err[0]).toMatch(/nope\.json: cannot read the file \(no such file\)/);
  });

  it('validate FOLDER --lang fr says in French that it is a folder, and exits 1', async () => {
    const folder = await validate(dir, '--lang', 'fr');
    expect(folder.code).toBe(1);
    expect(folder.err[0]).toMatch(/: impossible de lire le fichier \(c’est un dossier\)$/);
  });
});
