/**
 * What the editor says about each validation error, in a desk editor's words:
 * "Required" for anything left empty, what to type for a field of the wrong
 * form, and for a reference to nothing, the fix that works (a source's words
 * are verbatim in that source only). Misquotes, values missing from their
 * excerpt and the rest keep the validator's own sentences, which already
 * name what to change.
 */
import { errorMessage } from '../dataset/messages.ts';
import type { DatasetError } from '../dataset/validate.ts';
import type { UiLang } from './editor.strings.ts';

/** What an empty field, or one never filled (null), holds once described. */
const EMPTY = new Set(['""', 'null']);

type Words = Partial<Record<DatasetError['code'], (e: DatasetError, pattern: string) => string | undefined>> & {
  required: () => string;
};

const quoted = (lang: UiLang, value: string | undefined) =>
  value === undefined ? '' : lang === 'fr' ? `« ${JSON.parse(value)} »` : `“${JSON.parse(value)}”`;

const FR: Words = {
  required: () => 'Obligatoire',
  type: (e) =>
    e.expected === 'number'
      ? 'Écrivez un nombre, par exemple 1400'
      : e.expected === 'string'
        ? 'Écrivez un texte'
        : e.expected === 'boolean'
          ? 'Cochez ou décochez la case'
          : undefined,
  'one-of': () => 'Choisissez une valeur dans la liste',
  'country-code': () => 'Choisissez un pays dans la liste',
  count: () => 'Écrivez un nombre entier, ou laissez vide si l’article ne le donne pas',
  negative: () => 'Écrivez un nombre positif ou nul',
  integer: () => 'Écrivez un nombre entier',
  'not-finite': () => 'Écrivez un nombre',
  url: () => 'Écrivez une adresse web complète, qui commence par https://',
  date: () => 'Écrivez une date sous la forme AAAA-MM-JJ, par exemple 2026-12-08',
  id: () => 'Seulement des lettres minuscules sans accent, des chiffres et des tirets, par exemple « amende-tribunal »',
  'lang-tag': () => 'Écrivez un code de langue, par exemple « fr », « en » ou « ar »',
  'txt-file': () => 'Écrivez le nom d’un fichier texte, par exemple « sources/suite.fr.txt »',
  empty: () => 'Obligatoire',
  'duplicate-id': (e, pattern) =>
    pattern === 'countries.*.code'
      ? 'Ce pays est déjà dans la liste, plus haut'
      : `« ${e.values?.[0] ?? ''} » est déjà pris plus haut : choisissez un autre identifiant`,
  'missing-ref': (e, pattern) => {
    const id = quoted('fr', e.received);
    if (/source$|article$/.test(pattern))
      return `La source ${id} n’existe pas ou plus. Ces mots viennent d’elle : rétablissez-la (Annuler, Ctrl+Z) ou ajoutez-la dans Sources, ou supprimez cet élément. Une autre source ne convient que si elle contient ces mots tels quels.`;
    if (/countries\.\*$/.test(pattern))
      return `Le pays ${id} n’est plus dans la liste des pays : rétablissez-le (Ctrl+Z), ajoutez-le dans Pays, ou retirez-le d’ici.`;
    if (/figures\.\*$/.test(pattern))
      return `Le chiffre ${id} n’existe plus : rétablissez-le (Ctrl+Z) ou retirez-le d’ici.`;
    return `La citation ${id} n’existe plus : rétablissez-la (Ctrl+Z) ou retirez-la d’ici.`;
  },
  'no-source-text': (e) => {
    const file = e.values?.[0] ?? '';
    return `Le texte de cette source manque : déposez le fichier ${file.split('/').pop() ?? file} sur la zone « Ouvrir ».`;
  },
};

const EN: Words = {
  required: () => 'Required',
  type: (e) =>
    e.expected === 'number'
      ? 'Type a number, such as 1400'
      : e.expected === 'string'
        ? 'Type a text'
        : e.expected === 'boolean'
          ? 'Tick or untick the box'
          : undefined,
  'one-of': () => 'Choose a value from the list',
  'country-code': () => 'Choose a country from the list',
  count: () => 'Type a whole number, or leave it empty when the article does not give one',
  negative: () => 'Type a number of at least 0',
  integer: () => 'Type a whole number',
  'not-finite': () => 'Type a number',
  url: () => 'Type a full web address, starting with https://',
  date: () => 'Type a date as YYYY-MM-DD, such as 2026-12-08',
  id: () => 'Only lower-case letters without accents, digits and hyphens, such as “court-fine”',
  'lang-tag': () => 'Type a language code, such as “fr”, “en” or “ar”',
  'txt-file': () => 'Type the name of a text file, such as “sources/follow-up.en.txt”',
  empty: () => 'Required',
  'duplicate-id': (e, pattern) =>
    pattern === 'countries.*.code'
      ? 'This country is already in the list, above'
      : `“${e.values?.[0] ?? ''}” is already taken above: choose another id`,
  'missing-ref': (e, pattern) => {
    const id = quoted('en', e.received);
    if (/source$|article$/.test(pattern))
      return `The source ${id} does not exist (any more). These words come from it: bring it back (Undo, Ctrl+Z) or add it under Sources, or remove this item. Another source only works if it holds these exact words.`;
    if (/countries\.\*$/.test(pattern))
      return `The country ${id} is no longer in the list of countries: bring it back (Ctrl+Z), add it under Countries, or remove it from here.`;
    if (/figures\.\*$/.test(pattern))
      return `The figure ${id} no longer exists: bring it back (Ctrl+Z) or remove it from here.`;
    return `The quote ${id} no longer exists: bring it back (Ctrl+Z) or remove it from here.`;
  },
  'no-source-text': (e) => {
    const file = e.values?.[0] ?? '';
    return `This source’s text is missing: drop the file ${file.split('/').pop() ?? file} on the “Open” area.`;
  },
};

const WORDS: Record<UiLang, Words> = { fr: FR, en: EN };

/** The sentence for an error on its own field, `pattern` being its path's shape (`quotes.*.source`). */
export function problem(error: DatasetError, pattern: string, lang: UiLang): string {
  const words = WORDS[lang];
  if (error.code === 'required' || (error.received !== undefined && EMPTY.has(error.received))) {
    return words.required();
  }
  return words[error.code]?.(error, pattern) ?? errorMessage(error, lang);
}

/** The sentence for a required field that is missing from its object, named by its label. */
export function missingField(label: string, lang: UiLang): string {
  return lang === 'fr'
    ? `${label} : obligatoire ; ajoutez le champ avec le bouton ci-dessous`
    : `${label}: required; add the field with the button below`;
}
