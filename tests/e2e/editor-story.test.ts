/**
 * A desk editor updates the story alone with dist/editor.html: a follow-up
 * article reports a court order of 167 million dollars and infections in
 * Morocco, and quotes a WhatsApp spokesperson. They drop the article's text,
 * add the source, the country, the figure and the quote by selecting words in
 * the source pane, reload in the middle, delete and undo, and download the
 * file to publish; a graphic given that dataset through `src` shows it, and
 * refuses it once a passage is changed. In French, then in English.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deepText, launch, open } from './browser.ts';
import { startStaticServer, type Route } from '../../scripts/static-server.ts';

const base = inject('baseURL');
const run = promisify(execFile);
const POLL = { timeout: 10_000 };
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The follow-up articles, as a desk editor saves them from the CMS. */
const SUITE_FR = `NSO Group condamné à verser 167 millions de dollars à WhatsApp

Un jury fédéral de Californie a ordonné mardi à NSO Group de verser 167 millions de dollars de dommages et intérêts à WhatsApp. Au procès, WhatsApp a aussi fait état d’infections au Maroc.

« Ce verdict est une étape importante pour la vie privée et la sécurité de tous », a déclaré un porte-parole de WhatsApp.
`;
const FOLLOW_UP_EN = `NSO Group ordered to pay WhatsApp 167 million dollars

A federal jury in California on Tuesday ordered NSO Group to pay WhatsApp 167 million dollars in damages. At the trial, WhatsApp also reported infections in Morocco.

"This verdict is an important step for everyone's privacy and security," a WhatsApp spokesperson said.
`;

const editor = (page: Page) => page.locator('nso-editor');
const group = (scope: Locator, name: RegExp | string) =>
  scope.getByRole('group', { name, exact: typeof name === 'string' });
const uiText = async (page: Page, selector: string) =>
  ((await editor(page).locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
const draftValue = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('nso-graphic-editor-draft') ?? '{}').value);

async function openEditor(lang: 'fr' | 'en') {
  const opened = await open(browser, `${base}editor.html?lang=${lang}`, { reducedMotion: 'reduce' });
  await editor(opened.page).locator('#f-figures-0-value').waitFor();
  return opened;
}

/** Drops files on the editor's open zone as a file manager does: a drop event carrying them. */
async function dropFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((files) => {
    const transfer = new DataTransfer();
    for (const { name, text } of files) transfer.items.add(new File([text], name, { type: 'text/plain' }));
    return transfer;
  }, files);
  await editor(page).locator('.drop').dispatchEvent('drop', { dataTransfer });
}

/** Selects `words` in the source pane with the mouse, from the first letter to the last. */
async function selectInSource(page: Page, words: string): Promise<void> {
  const box = await page.evaluate((words) => {
    const pane = document.querySelector('nso-editor')!.shadowRoot!.querySelector('.source-text')!;
    const node = [...pane.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(words))!;
    const start = node.textContent!.indexOf(words);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + 1);
    range.startContainer.parentElement!.scrollIntoView({ block: 'nearest' });
    const first = range.getBoundingClientRect();
    const paneBox = pane.getBoundingClientRect();
    pane.scrollTop += first.top - paneBox.top - 20;
    const from = range.getBoundingClientRect();
    range.setStart(node, start + words.length - 1);
    range.setEnd(node, start + words.length);
    const to = range.getBoundingClientRect();
    return { x1: from.left + 1, y1: from.top + from.height / 2, x2: to.right - 1, y2: to.top + to.height / 2 };
  }, words);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

/** Moves the carousel on to its n-th quote with its "next" button. */
async function showQuote(page: Page, n: number, next: string): Promise<void> {
  for (let i = 1; i < n; i++) await page.getByRole('button', { name: next }).click();
}

/** Unzips a downloaded file with the system's unzip, into a new folder. */
async function unzip(file: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nso-zip-'));
  await run('unzip', ['-q', file, '-d', dir]);
  return dir;
}

/** A publisher's page whose graphic loads the dataset through `src` from `folder`, served on its own origin. */
async function publish(folder: string, lang: 'fr' | 'en' | 'ar') {
  const routes = new Map<string, Route>();
  routes.set('/host.html', {
    body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
      <body><nso-graphic src="dataset.json"></nso-graphic><script type="module" src="${base}nso-graphic.js"></script></body></html>`,
  });
  const server = await startStaticServer({ root: folder, routes });
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${server.url}host.html`);
  return {
    page,
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}

describe('a desk editor updates the story with the editor alone, in French', () => {
  it('adds the follow-up source, Morocco, the figure and the quote, through a reload, a delete and its undo, and publishes them', async () => {
    const { page, context, errors } = await openEditor('fr');
    const ed = editor(page);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });

    // The article's text, dropped before its source exists: kept, and the status says for which file.
    await dropFiles(page, [{ name: 'suite.fr.txt', text: SUITE_FR }]);
    await expect
      .poll(() => uiText(page, '.editor-status'))
      .toBe(
        'Fichier suite.fr.txt ouvert. Aucune source ne nomme encore suite.fr.txt : le texte est gardé dans ce navigateur, et servira à la source dont le fichier est « sources/suite.fr.txt ».',
      );
    // A reload loses nothing: the text is still there for the source added after it.
    await page.reload();
    await ed.locator('#f-figures-0-value').waitFor();

    // The source: a new item is not red before anything is typed in it.
    await group(ed, 'Sources').getByRole('button', { name: 'Ajouter : Source 2' }).click();
    const source = group(ed, /^Source 2/);
    expect(await source.locator('[aria-invalid="true"]').count()).toBe(0);
    expect(await uiText(page, '[aria-live="polite"]')).toBe(
      'Élément en cours de saisie : il sera vérifié quand vous le quitterez.',
    );
    await source.getByLabel('Identifiant').fill('suite');
    await source.getByLabel('Titre').fill('NSO Group condamné à verser 167 millions de dollars à WhatsApp');
    await source.getByLabel('Fichier texte').fill('sources/suite.fr.txt');
    await expect.poll(() => uiText(page, '.source-text')).toMatch(/^NSO Group condamné/);
    expect(await ed.locator('#shown-source option').allTextContents()).toEqual(['article', 'suite']);

    // Morocco: its status and count in words, its source the one just added, its excerpt selected in the pane.
    await group(ed, 'Pays').first().getByRole('button', { name: 'Ajouter : Pays 4' }).first().click();
    const morocco = group(ed, /^Pays 4/);
    await morocco.getByLabel('Code pays').selectOption('MA');
    expect(await morocco.getByLabel('Statut').locator('option:checked').textContent()).toBe('Infections signalées');
    const count = morocco.getByLabel('Nombre d’appareils (vide : non communiqué)');
    expect(await count.getAttribute('placeholder')).toBe('non communiqué');
    expect(await morocco.getByLabel('Source').inputValue()).toBe('suite');
    await morocco.getByLabel('Extrait, mot pour mot').click();
    expect(await uiText(page, '.pane-hint')).toBe(
      'Sélectionnez un passage du texte : il remplira « Pays › Pays 4 : MA › Provenance › Extrait, mot pour mot », mot pour mot.',
    );
    // The mouse stops a few letters short of "WhatsApp" and of "Maroc": the whole words are taken.
    await selectInSource(page, 'tsApp a aussi fait état d’infections au Mar');
    await expect
      .poll(() => morocco.getByLabel('Extrait, mot pour mot').inputValue())
      .toBe('WhatsApp a aussi fait état d’infections au Maroc');
    await expect.poll(() => uiText(page, '[aria-live="polite"]')).toBe('Le jeu de données est valide.');
    await expect.poll(() => deepText(page, 'nso-graphic'), POLL).toMatch(/Maroc/);

    // The figure, started and then interrupted by a reload: the draft, its texts and the preview are all kept.
    await group(ed, 'Chiffres').getByRole('button', { name: 'Ajouter : Chiffre 4' }).click();
    const fine = group(ed, /^Chiffre 4/);
    expect(await fine.getByLabel('Source').inputValue()).toBe('suite');
    await fine.getByLabel('Identifiant').fill('amende');
    await expect.poll(async () => (await draftValue(page))?.figures?.[3]?.id).toBe('amende');
    await page.reload();
    await expect.poll(() => uiText(page, '.draft-notice')).toMatch(/^Brouillon restauré/);
    expect(await fine.getByLabel('Identifiant').inputValue()).toBe('amende');
    expect(await uiText(page, '.preview-stale')).toBe('L’aperçu montre la dernière version valide.');
    await expect.poll(() => deepText(page, 'nso-graphic'), POLL).toMatch(/Maroc/);
    expect(await ed.getByText('Le texte de cette source manque').count()).toBe(0);
    // Errors of the restored item show in words: "Obligatoire", never the schema's "expected … got".
    expect(await fine.getByLabel('Valeur', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await uiText(page, '#f-figures-3-value-msg')).toBe('Obligatoire');
    expect(await uiText(page, '.error-summary')).not.toMatch(/attendu|reçu|expected|got/);

    await fine.getByLabel('Valeur', { exact: true }).fill('167 000 000');
    await fine.getByLabel('Notation').selectOption({ label: 'Abrégée (1,5 milliard)' });
    await group(fine, 'Unité').getByLabel('Français (fr)').fill('de dollars');
    await group(fine, 'Unité').getByLabel('Anglais (en)').fill('dollars');
    await group(fine, 'Légende').getByLabel('Français (fr)').fill('que NSO Group doit verser à WhatsApp');
    await group(fine, 'Légende').getByLabel('Anglais (en)').fill('that NSO Group must pay WhatsApp');
    await fine.getByLabel('Extrait, mot pour mot').click();
    await selectInSource(page, 'verser 167 millions de dollars de dommages et intérêts à WhatsApp');
    await expect.poll(() => uiText(page, '[aria-live="polite"]')).toBe('Le jeu de données est valide.');

    // The quote starts with the source last used.
    await group(ed, 'Citations').getByRole('button', { name: 'Ajouter : Citation 6' }).click();
    const quote = group(ed, /^Citation 6/);
    expect(await quote.getByLabel('Source', { exact: true }).inputValue()).toBe('suite');
    await quote.getByLabel('Identifiant').fill('porte-parole-verdict');
    expect(await quote.getByLabel('Camp').locator('option:checked').textContent()).toBe('WhatsApp');
    // What the quote is: said by the editor, never fixed by its side.
    await quote.getByLabel('Nature de la citation').selectOption({ label: 'Déclaration' });
    await quote.getByLabel('Auteur').fill('Un porte-parole de WhatsApp');
    // The name as Arabic writes it.
    await quote.getByRole('button', { name: 'Ajouter : Nom de l’auteur dans une autre écriture (par langue)' }).click();
    const names = group(quote, 'Nom de l’auteur dans une autre écriture (par langue)');
    await names.getByLabel('Code de langue').fill('ar');
    await page.keyboard.press('Enter');
    await names.getByLabel('Arabe (ar)').fill('متحدث باسم واتساب');
    await group(quote, 'Fonction').getByLabel('Français (fr)').fill('porte-parole');
    await group(quote, 'Fonction').getByLabel('Anglais (en)').fill('spokesperson');
    await quote.getByLabel('Organisation').fill('WhatsApp');
    await group(quote, 'Contexte').getByLabel('Français (fr)').fill('Déclaration après le verdict');
    await group(quote, 'Contexte').getByLabel('Anglais (en)').fill('Statement after the verdict');
    await quote.getByLabel('Passage 1', { exact: true }).click();
    await selectInSource(page, 'Ce verdict est une étape importante pour la vie privée et la sécurité de tous');
    await expect
      .poll(() => quote.getByLabel('Passage 1', { exact: true }).inputValue())
      .toBe('Ce verdict est une étape importante pour la vie privée et la sécurité de tous');
    await group(quote, 'Anglais (en)')
      .getByLabel('Passage traduit 1')
      .fill('This verdict is an important step for everyone’s privacy and security');
    await expect.poll(() => uiText(page, '[aria-live="polite"]')).toBe('Le jeu de données est valide.');

    // The dataset has Arabic; the new figure and quote do not: a warning names each, not an error.
    const warnings = ed.getByRole('region', { name: '2 avertissements' });
    await warnings.waitFor();
    expect(await uiText(page, '.warning-summary')).toMatch(
      /Chiffre 4 : amende — pas de texte en arabe \(ar\).*Citation 6 : porte-parole-verdict — pas de texte en arabe \(ar\)/,
    );
    // The three languages side by side: the Arabic graphic shows the French unit in place of the missing one.
    await ed.getByLabel('Les trois langues côte à côte').check();
    await expect.poll(() => ed.locator('.previews nso-graphic').count()).toBe(3);
    expect(
      await ed.locator('.previews nso-graphic').evaluateAll((els) => els.map((el) => el.getAttribute('lang'))),
    ).toEqual(['fr', 'en', 'ar']);

    // Deleting the source that three items use says which, and what follows points to the real fix.
    dialogs.length = 0;
    await source.getByRole('button', { name: 'Supprimer Source 2 : suite', exact: true }).click();
    expect(dialogs).toEqual([
      'Source 2 : suite est utilisé par 3 éléments : Pays 4 : MA ; Chiffre 4 : amende ; Citation 6 : porte-parole-verdict. Ils perdront ce lien et seront signalés en erreur. Supprimer quand même ? (Annuler : Ctrl+Z)',
    ]);
    await ed.getByRole('region', { name: '3 erreurs à corriger' }).waitFor();
    const summary = await uiText(page, '.error-summary');
    expect(summary).toMatch(/Pays 4 : MA › Provenance › Source — La source « suite » n’existe pas ou plus\./);
    expect(summary).not.toMatch(/attendu : article/);
    // A download while errors remain is a draft, named so, and says it will not publish.
    const [draft] = await Promise.all([
      page.waitForEvent('download'),
      ed.getByRole('button', { name: 'Télécharger pour publier' }).click(),
    ]);
    expect(draft.suggestedFilename()).toBe('dataset.draft.json');
    expect(await uiText(page, '.editor-status')).toBe(
      'Brouillon téléchargé sous le nom dataset.draft.json : il ne sera pas publié tant qu’il reste des erreurs. Corrigez-les, puis téléchargez de nouveau.',
    );
    // Undo brings the source back, with its text.
    await page.keyboard.press('Control+z');
    await expect.poll(() => uiText(page, '[aria-live="polite"]')).toBe('Le jeu de données est valide.');
    expect(
      await group(ed, /^Source 2/)
        .getByLabel('Identifiant')
        .inputValue(),
    ).toBe('suite');

    // Download for publishing: one zip with the dataset and every source text it names.
    const [zip] = await Promise.all([
      page.waitForEvent('download'),
      ed.getByRole('button', { name: 'Télécharger pour publier' }).click(),
    ]);
    expect(zip.suggestedFilename()).toBe('dataset.zip');
    expect(await uiText(page, '.editor-status')).toBe(
      'Fichier dataset.zip téléchargé : le jeu de données et ses 2 textes sources, prêts à publier.',
    );
    const zipFile = join(await mkdtemp(join(tmpdir(), 'nso-dl-')), 'dataset.zip');
    await zip.saveAs(zipFile);
    const folder = await unzip(zipFile);
    try {
      expect(await readFile(join(folder, 'sources/suite.fr.txt'), 'utf8')).toBe(SUITE_FR);
      const { stdout } = await run('node_modules/.bin/tsx', ['scripts/validate.ts', join(folder, 'dataset.json')]);
      expect(stdout).toMatch(/valid/);
      // Hosted as it came out of the zip, a graphic given it through `src` shows Morocco and the quote.
      const published = await publish(folder, 'fr');
      await expect.poll(() => deepText(published.page, 'nso-graphic'), POLL).toMatch(/Maroc/);
      await showQuote(published.page, 6, 'Citation suivante');
      expect(await deepText(published.page, 'nso-quotes')).toMatch(
        /Déclaration · WhatsApp .*Ce verdict est une étape importante.*porte-parole/,
      );
      await published.close();
      const arabic = await publish(folder, 'ar');
      await expect.poll(() => deepText(arabic.page, 'nso-quotes'), POLL).toMatch(/اقتباسات/);
      await showQuote(arabic.page, 6, 'الاقتباس التالي');
      expect(await deepText(arabic.page, 'nso-quotes')).toMatch(/تصريح · WhatsApp .*متحدث باسم واتساب/);
      await arabic.close();
      // A passage changed after the editor: the graphic shows an alert, never the misquote.
      const dataset = JSON.parse(await readFile(join(folder, 'dataset.json'), 'utf8'));
      dataset.quotes[5].passages[0] = 'Ce verdict est une victoire totale pour WhatsApp';
      await writeFile(join(folder, 'dataset.json'), JSON.stringify(dataset));
      const tampered = await publish(folder, 'fr');
      const alert = tampered.page.locator('nso-graphic').getByRole('alert');
      await alert.waitFor(POLL);
      expect(await alert.textContent()).toMatch(/quotes\[5\]\.passages\[0\].*mot pour mot.*"suite"/);
      expect(await deepText(tampered.page, 'nso-graphic')).not.toMatch(/victoire totale/);
      await tampered.close();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a desk editor updates the story with the editor alone, in English', () => {
  it('adds the follow-up source, Morocco and the quote from an English article, and publishes them', async () => {
    const { page, context, errors } = await openEditor('en');
    const ed = editor(page);
    await group(ed, 'Sources').getByRole('button', { name: 'Add: Source 2' }).click();
    const source = group(ed, /^Source 2/);
    await source.getByLabel('Id', { exact: true }).fill('follow-up');
    await source.getByLabel('Title').fill('NSO Group ordered to pay WhatsApp 167 million dollars');
    await source.getByLabel('Language (code)').fill('en');
    await source.getByLabel('Text file').fill('sources/follow-up.en.txt');
    // Its text is missing until dropped: the message says which file to drop, in words.
    await ed.getByRole('button', { name: 'Undo' }).focus();
    await expect
      .poll(() => uiText(page, '#f-sources-1-file-msg'))
      .toBe('This source\u2019s text is missing: drop the file follow-up.en.txt on the “Open” area.');
    await dropFiles(page, [{ name: 'follow-up.en.txt', text: FOLLOW_UP_EN }]);
    await expect.poll(() => uiText(page, '[aria-live="polite"]')).toBe('The dataset is valid.');

    await group(ed, 'Countries').first().getByRole('button', { name: 'Add: Country 4' }).first().click();
    const morocco = group(ed, /^Country 4/);
    await morocco.getByLabel('Country code').selectOption('MA');
    expect(await morocco.getByLabel('Status').locator('option:checked').textContent()).toBe('Infections reported');
    expect(await morocco.getByLabel('Source').inputValue()).toBe('follow-up');
    await morocco.getByLabel('Excerpt, verbatim').click();
    await selectInSource(page, 'WhatsApp also reported infections in Morocco.');
    await expect
      .poll(() => morocco.getByLabel('Excerpt, verbatim').inputValue())
      .toBe('WhatsApp also reported infections in Morocco.');

    await group(ed, 'Quotes').getByRole('button', { name: 'Add: Quote 6' }).click();
    const quote = group(ed, /^Quote 6/);
    await quote.getByLabel('Id', { exact: true }).fill('spokesperson-verdict');
    await quote.getByLabel('What the quote is').selectOption({ label: 'Statement' });
    await quote.getByLabel('Speaker').fill('A WhatsApp spokesperson');
    await group(quote, 'Role').getByLabel('French (fr)').fill('porte-parole');
    await group(quote, 'Role').getByLabel('English (en)').fill('spokesperson');
    await quote.getByLabel('Organisation').fill('WhatsApp');
    await group(quote, 'Context').getByLabel('French (fr)').fill('Déclaration après le verdict');
    await group(quote, 'Context').getByLabel('English (en)').fill('Statement after the verdict');
    await quote.getByLabel('Language (code)').fill('en');
    await quote.getByLabel('Passage 1', { exact: true }).click();
    await selectInSource(page, "This verdict is an important step for everyone's privacy and security");
    // The translation is into French: the English one the new quote started with is renamed by removing it.
    await group(quote, 'Translations').getByLabel('Language code').fill('fr');
    await page.keyboard.press('Enter');
    await group(quote, 'French (fr)')
      .getByLabel('Translated passage 1')
      .fill('Ce verdict est une étape importante pour la vie privée et la sécurité de tous');
    await group(quote, 'Translations').getByRole('button', { name: 'Remove English (en)' }).click();
    await expect.poll(() => uiText(page, '[aria-live="polite"]')).toBe('The dataset is valid.');
    expect(await uiText(page, '.warning-summary')).toMatch(/Quote 6: spokesperson-verdict — no text in Arabic \(ar\)/);

    const [zip] = await Promise.all([
      page.waitForEvent('download'),
      ed.getByRole('button', { name: 'Download for publishing' }).click(),
    ]);
    expect(zip.suggestedFilename()).toBe('dataset.zip');
    const zipFile = join(await mkdtemp(join(tmpdir(), 'nso-dl-')), 'dataset.zip');
    await zip.saveAs(zipFile);
    const folder = await unzip(zipFile);
    try {
      const { stdout } = await run('node_modules/.bin/tsx', ['scripts/validate.ts', join(folder, 'dataset.json')]);
      expect(stdout).toMatch(/valid/);
      const published = await publish(folder, 'en');
      await expect.poll(() => deepText(published.page, 'nso-graphic'), POLL).toMatch(/Morocco/);
      await showQuote(published.page, 6, 'Next quote');
      expect(await deepText(published.page, 'nso-quotes')).toMatch(
        /This verdict is an important step.*A WhatsApp spokesperson/,
      );
      await published.close();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    // No error but, maybe, the editor's look for the source's text beside the published dataset before it was dropped.
    expect(errors.filter((error) => !/^console: Failed to load resource: .*404/.test(error))).toEqual([]);
    await context.close();
  });
});
