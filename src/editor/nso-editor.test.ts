import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { DRAFT_KEY } from './draft.ts';
import './nso-editor.ts';
import type { NsoEditor } from './nso-editor.ts';

let editor: NsoEditor;

beforeEach(async () => {
  localStorage.removeItem(DRAFT_KEY);
  editor = document.createElement('nso-editor');
  editor.src = '/data/dataset.json';
  document.body.append(editor);
  await expect.element(ui().getByRole('group', { name: /^Chiffre 1 / })).toBeInTheDocument();
});

afterEach(() => {
  editor.remove();
  localStorage.removeItem(DRAFT_KEY);
  vi.restoreAllMocks();
});

const ui = () => page.elementLocator(editor);
const root = () => editor.shadowRoot!;
const figures = () => ui().getByRole('group', { name: 'Chiffres', exact: true });

describe('<nso-editor>', () => {
  it('adds a figure with every field, moves focus into it, flags what is left to fill once it is left, and removes it', async () => {
    await figures().getByRole('button', { name: 'Ajouter : Chiffre 4' }).click();
    const added = ui().getByRole('group', { name: /^Chiffre 4$/ });
    await expect.element(added).toBeInTheDocument();
    await expect.poll(() => root().activeElement?.id).toBe('f-figures-3-id');
    // Nothing is red before the editor has typed anything.
    await expect
      .element(ui().getByText('Élément en cours de saisie : il sera vérifié quand vous le quitterez.'))
      .toBeInTheDocument();
    expect(root().querySelector('.error-summary')).toBeNull();
    expect(root().querySelector('#f-figures-3 [aria-invalid="true"]')).toBeNull();
    // Leaving it shows what is left to fill.
    await ui()
      .getByRole('group', { name: /^Chiffre 1 / })
      .getByLabelText('Identifiant')
      .click();
    await expect.poll(() => root().querySelector('#summary-title')?.textContent).toBe('7 erreurs à corriger');
    const summary = ui().getByRole('region', { name: '7 erreurs à corriger' });
    await expect.element(summary).toBeInTheDocument();
    expect(summary.element().textContent).toMatch(/Chiffre 4 › Identifiant\s+— Obligatoire/);
    expect(summary.element().textContent).toMatch(/Chiffre 4 › Provenance › Extrait, mot pour mot\s+— Obligatoire/);
    expect(summary.element().textContent).toMatch(/Chiffre 4 › Valeur\s+— Obligatoire/);
    // An entry nothing refers to goes at once: Ctrl+Z brings it back.
    await added.getByRole('button', { name: 'Supprimer Chiffre 4', exact: true }).click();
    await expect.element(ui().getByText('Le jeu de données est valide.')).toBeInTheDocument();
    expect(root().querySelector('#f-figures-3')).toBeNull();
    expect(ui().getByRole('status').element().textContent).toBe('Supprimé : Chiffre 4.');
    expect(root().activeElement?.id).toBe('f-figures');
  });

  it('adds a country from the list of ISO codes, named in the editor’s language', async () => {
    const countries = ui().getByRole('group', { name: 'Pays', exact: true }).first();
    // The first "Pays" list is the dataset's own; figures and quotes have theirs further down.
    await countries.getByRole('button', { name: 'Ajouter : Pays 4' }).first().click();
    await expect
      .poll(() => root().querySelector('#f-countries-3')?.querySelector('legend')?.textContent)
      .toBe('Pays 4');
    const code = ui().getByRole('group', { name: 'Pays 4', exact: true }).getByRole('combobox', { name: 'Code pays' });
    await code.selectOptions('FR');
    // The item's legend now names it by its code.
    const named = ui().getByRole('group', { name: 'Pays 4 : FR', exact: true });
    await expect.element(named).toBeInTheDocument();
    const select = named.getByRole('combobox', { name: 'Code pays' }).element() as HTMLSelectElement;
    expect(select.selectedOptions[0]?.textContent).toBe('FR — France');
  });

  it('switches a figure to compact notation through its choice list, and the preview follows', async () => {
    const stats = () => editor.shadowRoot!.querySelector('nso-graphic')?.shadowRoot?.querySelector('nso-stats');
    const shown = () => stats()?.shadowRoot?.textContent?.replace(/\s+/g, ' ');
    await expect.poll(shown).toMatch(/1 400 appareils/);
    const notation = ui()
      .getByRole('group', { name: /^Chiffre 1 / })
      .getByLabelText('Notation');
    await notation.selectOptions('compact');
    await expect.poll(shown).toMatch(/environ 1,4 millier appareils infectés/);
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}').value.figures[0].notation).toBe('compact');
  });

  it('copies the dataset file text to the clipboard', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await ui().getByRole('button', { name: 'Copier' }).click();
    expect(writeText).toHaveBeenCalledOnce();
    const text = writeText.mock.calls[0]?.[0] ?? '';
    expect(text.startsWith('{\n  "$schema": "./dataset.schema.json",')).toBe(true);
    expect(JSON.parse(text)).toEqual(await (await fetch('/data/dataset.json')).json());
    await expect.element(ui().getByText('JSON copié dans le presse-papiers.')).toBeInTheDocument();
  });

  it('adds a translation language with as many passages as the original', async () => {
    const quote = ui().getByRole('group', { name: /^Citation 5 / });
    const translations = quote.getByRole('group', { name: 'Traductions', exact: true });
    await translations.getByLabelText('Code de langue').fill('de');
    await userEvent.keyboard('{Enter}');
    const german = translations.getByRole('group', { name: 'de', exact: true });
    await expect.element(german).toBeInTheDocument();
    expect(german.getByRole('textbox').all()).toHaveLength(4);
  });

  it('announces the count of errors as it changes, and when the dataset is valid again', async () => {
    const live = () => root().querySelector('[aria-live="polite"]')?.textContent?.trim();
    // Valid once the source text has arrived.
    await expect.poll(live).toBe('Le jeu de données est valide.');
    // The same region throughout: one inserted with its text would not be heard.
    const region = root().querySelector('[aria-live="polite"]');
    const id = ui()
      .getByRole('group', { name: /^Chiffre 1 / })
      .getByLabelText('Identifiant');
    await id.fill('Pas un id');
    await expect.poll(live).toBe('1 erreur à corriger');
    await id.fill('devices');
    await expect.poll(live).toBe('Le jeu de données est valide.');
    expect(root().querySelector('[aria-live="polite"]')).toBe(region);
  });

  it('names the quotes that answer a quote before removing it, keeps it when the editor declines, and undoes the removal', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const first = () => ui().getByRole('group', { name: /^Citation 1 / });
    const remove = () =>
      first()
        .getByRole('button', { name: /^Supprimer Citation 1 / })
        .first();
    await remove().click();
    expect(confirm).toHaveBeenCalledOnce();
    expect(confirm.mock.calls[0]?.[0]).toBe(
      'Citation 1 : cathcart-investigation est utilisé par 1 élément : Citation 4 : nso-denial. Ils perdront ce lien et seront signalés en erreur. Supprimer quand même ? (Annuler : Ctrl+Z)',
    );
    expect(first().element().textContent).toMatch(/cathcart-investigation/);
    await remove().click();
    await expect.poll(() => first().element().textContent).not.toMatch(/cathcart-investigation/);
    await expect.element(ui().getByRole('region', { name: '1 erreur à corriger' })).toBeInTheDocument();
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(() => first().element().textContent).toMatch(/cathcart-investigation/);
    await expect.element(ui().getByText('Le jeu de données est valide.')).toBeInTheDocument();
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await expect.poll(() => first().element().textContent).not.toMatch(/cathcart-investigation/);
  });
});
