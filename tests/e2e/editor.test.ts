import { AxeBuilder } from '@axe-core/playwright';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deepText, launch, open, recordCspViolations, WCAG22 } from './browser.ts';
import { DRAFT_KEY } from '../../src/editor/draft.ts';

const base = inject('baseURL');
const editorURL = `${base}editor.html`;
const published: unknown = JSON.parse(await readFile('data/dataset.json', 'utf8'));
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const editor = (page: Page) => page.locator('nso-editor');
const figure = (page: Page, n: number) => editor(page).getByRole('group', { name: new RegExp(`^Chiffre ${n} `) });
/** The French text of the first figure's unit. */
const unitFr = (page: Page) =>
  figure(page, 1)
    .getByRole('group', { name: /^Unité/ })
    .getByLabel('Français (fr)');
const quote = (page: Page, n: number) => editor(page).getByRole('group', { name: new RegExp(`^Citation ${n} `) });
/** Text of an element of the editor's own UI (Playwright's CSS pierces shadow roots). */
const uiText = async (page: Page, selector: string) =>
  ((await editor(page).locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
/** The big number of the first figure in the preview. */
const firstFigure = (page: Page) => deepText(page, 'nso-stats');
const POLL = { timeout: 10_000 };

/** Opens the editor (motion reduced: figures show their value without counting up) and waits for the preview. */
async function openEditor() {
  const opened = await open(browser, editorURL, { reducedMotion: 'reduce' });
  await figure(opened.page, 1).getByLabel('Valeur', { exact: true }).waitFor();
  await expect.poll(() => firstFigure(opened.page), POLL).toMatch(/environ 1\s400 appareils infectés/);
  return opened;
}

describe('dist/editor.html, the dataset editor', () => {
  it('updates the preview at once when an editor changes a figure', async () => {
    const { page, context, errors } = await openEditor();
    await unitFr(page).fill('téléphones infectés');
    await expect.poll(() => firstFigure(page), POLL).toMatch(/environ 1\s400 téléphones infectés/);
    expect(await firstFigure(page)).not.toMatch(/appareils infectés/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('flags a value that its excerpt does not give, beside the field, and keeps the last valid preview', async () => {
    const { page, context } = await openEditor();
    const value = figure(page, 1).getByLabel('Valeur', { exact: true });
    await value.fill('2500');
    await expect.poll(() => value.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await value.getAttribute('aria-describedby'))!.split(' ')[0];
    expect(await uiText(page, `#${describedBy}`)).toBe(
      '2500 ne figure pas dans son extrait (qui écrit 1 400) : corrigez la valeur, ou citez les mots qui la donnent (coupez le reste avec (…))',
    );
    await expect.poll(() => firstFigure(page), POLL).toMatch(/environ 1\s400 appareils infectés/);
    await context.close();
  });

  it('flags a quote that is no longer verbatim, beside the field and in the summary, and keeps the last valid preview', async () => {
    const { page, context } = await openEditor();
    const passage = quote(page, 1).getByLabel('Passage 1', { exact: true });
    await passage.fill('Après des mois de recherche, nous pouvons dire qui a mené cette attaque.');
    await expect.poll(() => passage.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await passage.getAttribute('aria-describedby');
    const message = editor(page).locator(`#${describedBy}`);
    expect(await message.textContent()).toMatch(/absent mot pour mot de la source "article"/);
    const summary = editor(page).getByRole('region', { name: '1 erreur à corriger' });
    const link = summary.getByRole('link', { name: /Citation 1 : cathcart-investigation › Passages.* › Passage 1/ });
    await link.click();
    expect(await passage.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    expect(await uiText(page, '.preview-stale')).toBe('L’aperçu montre la dernière version valide.');
    // The preview still shows the published words.
    await editor(page).getByLabel('Langue de l’aperçu').selectOption('fr');
    expect(await deepText(page, 'nso-quotes')).toMatch(/Après des mois d’enquête/);
    // Fixing it clears the flag.
    await passage.fill('Après des mois d’enquête, nous pouvons dire qui a mené cette attaque.');
    await expect.poll(() => passage.getAttribute('aria-invalid')).toBeNull();
    expect(await uiText(page, '.valid-note')).toBe('Le jeu de données est valide.');
    await context.close();
  });

  it('shows an error about a missing field on the object that lacks it, and offers to add the field', async () => {
    const { page, context } = await openEditor();
    const lacking = structuredClone(published) as { figures: Record<string, unknown>[] };
    delete lacking.figures[1]!.approximate;
    await editor(page)
      .getByLabel('Ouvrir des fichiers (JSON, textes .txt)')
      .setInputFiles({
        name: 'lacking.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(lacking)),
      });
    const second = figure(page, 2);
    await expect.poll(() => second.getAttribute('aria-describedby')).toBe('f-figures-1-msg');
    expect(await uiText(page, '#f-figures-1-msg')).toBe(
      'Approximatif : obligatoire ; ajoutez le champ avec le bouton ci-dessous',
    );
    expect(await uiText(page, '.error-summary')).toMatch(/Chiffre 2 : targets — Approximatif : obligatoire/);
    await second.getByRole('button', { name: 'Ajouter : Approximatif' }).click();
    await expect.poll(() => uiText(page, '.valid-note')).toBe('Le jeu de données est valide.');
    expect(await second.getByLabel('Approximatif').isChecked()).toBe(false);
    await context.close();
  });

  it('flags a translation that no longer has as many passages as its original', async () => {
    const { page, context } = await openEditor();
    const passages = quote(page, 5).getByRole('group', { name: 'Passages, mot pour mot' });
    await passages.getByRole('button', { name: 'Supprimer Passage 4' }).click();
    await expect.poll(() => passages.getByLabel(/^Passage/).count()).toBe(3);
    const english = quote(page, 5).getByRole('group', { name: 'Anglais (en)' });
    const messageId = await english.getAttribute('aria-describedby');
    expect(await uiText(page, `#${messageId}`)).toBe('attendu : 3 passages, autant que l’original ; reçu : 4');
    await context.close();
  });

  it('keeps the draft across a reload, after warning before leaving', async () => {
    const { page, context } = await openEditor();
    await unitFr(page).fill('téléphones infectés');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    expect(dialogs).toEqual(['beforeunload']);
    await expect.poll(() => unitFr(page).inputValue()).toBe('téléphones infectés');
    expect(await uiText(page, '.draft-notice')).toMatch(/^Brouillon restauré \(enregistré le /);
    await expect.poll(() => firstFigure(page), POLL).toMatch(/environ 1\s400 téléphones infectés/);
    // Reset to the published dataset: asks first, then forgets the draft.
    await editor(page).getByRole('button', { name: 'Revenir au jeu publié' }).click();
    expect(dialogs).toEqual(['beforeunload', 'confirm']);
    await expect.poll(() => unitFr(page).inputValue()).toBe('appareils infectés');
    expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toBeNull();
    await page.reload();
    await unitFr(page).waitFor();
    expect(await unitFr(page).inputValue()).toBe('appareils infectés');
    expect(dialogs).toEqual(['beforeunload', 'confirm']);
    await context.close();
  });

  it('downloads a dataset.json that `npm run validate` accepts, with the edit and nothing else changed', async () => {
    const { page, context } = await openEditor();
    await unitFr(page).fill('téléphones infectés');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      editor(page).getByRole('button', { name: 'Télécharger le JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('dataset.json');
    const dir = await mkdtemp(join(tmpdir(), 'nso-editor-'));
    try {
      const file = join(dir, 'dataset.json');
      await download.saveAs(file);
      await cp('data/sources', join(dir, 'sources'), { recursive: true });
      const text = await readFile(file, 'utf8');
      expect(text.startsWith('{\n  "$schema": "./dataset.schema.json",\n  "version": 1,')).toBe(true);
      expect(text.endsWith('}\n')).toBe(true);
      const expected = structuredClone(published) as { figures: { unit: { fr: string } }[] };
      expected.figures[0]!.unit.fr = 'téléphones infectés';
      expect(JSON.parse(text)).toEqual(expected);
      const run = promisify(execFile);
      const { stdout } = await run('node_modules/.bin/tsx', ['scripts/validate.ts', file]);
      expect(stdout).toMatch(/valid/);
      // Exported: leaving no longer warns.
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.type());
        void dialog.accept();
      });
      await page.reload();
      await figure(page, 1).getByLabel('Valeur', { exact: true }).waitFor();
      expect(dialogs).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    await context.close();
  });

  it('opens a JSON file an editor picks, and says why it refuses a malformed one', async () => {
    const { page, context } = await openEditor();
    const picker = editor(page).getByLabel('Ouvrir des fichiers (JSON, textes .txt)');
    const changed = structuredClone(published) as { meta: { headline: { fr: string } } };
    changed.meta.headline.fr = 'Un autre titre';
    await picker.setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(changed)),
    });
    const headline = editor(page).locator('nso-graphic h2#headline');
    await expect.poll(() => headline.textContent()).toBe('Un autre titre');
    await picker.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"version": 1,,}'),
    });
    await expect
      .poll(() => uiText(page, '[role="alert"]'))
      .toMatch(
        /^Le fichier broken\.json n’a pas été ouvert : ligne 1, colonne 15 : JSON mal formé \(caractère "," inattendu\)$/,
      );
    expect(await headline.textContent()).toBe('Un autre titre');
    await context.close();
  });

  it('asks before an opened file replaces unexported changes, and keeps them when the editor declines', async () => {
    const { page, context } = await openEditor();
    const unit = unitFr(page);
    await unit.fill('téléphones infectés');
    const answers = [false, true];
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void (answers.shift() ? dialog.accept() : dialog.dismiss());
    });
    const picker = editor(page).getByLabel('Ouvrir des fichiers (JSON, textes .txt)');
    const file = { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(published)) };
    await picker.setInputFiles(file);
    await expect.poll(() => dialogs.length).toBe(1);
    expect(dialogs[0]).toBe('Remplacer vos modifications non exportées par le contenu de other.json ?');
    expect(await unit.inputValue()).toBe('téléphones infectés');
    await picker.setInputFiles(file);
    await expect.poll(() => unit.inputValue()).toBe('appareils infectés');
    expect(dialogs).toHaveLength(2);
    await context.close();
  });

  it('undoes an edit with Ctrl+Z and redoes it with Shift+Ctrl+Z or the buttons, the preview following', async () => {
    const { page, context } = await openEditor();
    const unit = unitFr(page);
    await unit.fill('téléphones infectés');
    await expect.poll(() => firstFigure(page), POLL).toMatch(/environ 1\s400 téléphones infectés/);
    await page.keyboard.press('Control+z');
    await expect.poll(() => unit.inputValue()).toBe('appareils infectés');
    await expect.poll(() => firstFigure(page), POLL).toMatch(/environ 1\s400 appareils infectés/);
    expect(await uiText(page, '.editor-status')).toBe('Modification annulée.');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => unit.inputValue()).toBe('téléphones infectés');
    // The buttons do the same.
    await editor(page).getByRole('button', { name: 'Annuler', exact: true }).click();
    await expect.poll(() => unit.inputValue()).toBe('appareils infectés');
    await editor(page).getByRole('button', { name: 'Rétablir', exact: true }).click();
    await expect.poll(() => unit.inputValue()).toBe('téléphones infectés');
    await context.close();
  });

  it('reads a French decimal comma in a number field, and flags an ambiguous "1,400" instead of guessing', async () => {
    const { page, context } = await openEditor();
    const value = figure(page, 3).getByLabel('Valeur', { exact: true });
    const draft = () =>
      page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').value?.figures[2].value, DRAFT_KEY);
    await value.fill('1,5');
    await expect.poll(draft).toBe(1.5);
    await value.fill('1 400');
    await expect.poll(draft).toBe(1400);
    await value.fill('1,400');
    await expect.poll(draft).toBe('1,400');
    await expect.poll(() => value.getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });

  it('switches its own language to English, status line included', async () => {
    const { page, context } = await openEditor();
    await unitFr(page).fill('téléphones infectés');
    await editor(page).getByRole('button', { name: 'Copier' }).click();
    await expect
      .poll(() => uiText(page, '.editor-status'))
      .toMatch(/^(JSON copié dans le presse-papiers\.|La copie a échoué.*)$/);
    await editor(page).getByRole('button', { name: 'English' }).click();
    await editor(page).getByRole('button', { name: 'Download JSON' }).waitFor();
    // The status line is said again in the new language, not left in the old one.
    expect(await uiText(page, '.editor-status')).toMatch(/^(JSON copied to the clipboard\.|Copying failed.*)$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await editor(page)
      .getByRole('group', { name: /^Figure 1:/ })
      .getByLabel('Value', { exact: true })
      .fill('-1');
    await expect
      .poll(() => uiText(page, '.error-summary'))
      .toMatch(/Figure 1: devices › Value — Type a number of at least 0/);
    await context.close();
  });

  it('has no axe violations against WCAG 2.2 A and AA, valid or with errors', async () => {
    const { page, context } = await openEditor();
    const scan = async () => {
      const results = await new AxeBuilder({ page }).withTags(WCAG22).analyze();
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await scan()).toEqual([]);
    await quote(page, 1).getByLabel('Passage 1', { exact: true }).fill('Pas dans la source.');
    await figure(page, 1).getByLabel('Extrait, mot pour mot').fill('Pas dans la source non plus.');
    await editor(page).getByRole('region', { name: '2 erreurs à corriger' }).waitFor();
    expect(await scan()).toEqual([]);
    await context.close();
  }, 150_000); // Two scans of the whole form and its three panes: 20-30 s each on a shared 2-core machine.

  it('works under a CSP without unsafe-inline or unsafe-eval', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    const violations = await recordCspViolations(page);
    const origin = new URL(base).origin;
    const csp = `default-src 'none'; script-src ${origin}; style-src ${origin}; connect-src ${origin}; img-src ${origin} data:`;
    await page.route(editorURL, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    });
    await page.goto(editorURL);
    await unitFr(page).fill('téléphones infectés');
    await expect.poll(() => firstFigure(page), POLL).toMatch(/environ 1\s400 téléphones infectés/);
    expect(await violations()).toEqual([]);
    await context.close();
  });
});
