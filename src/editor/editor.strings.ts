/** UI strings of the editor page, in French (default) and English. */

export type UiLang = 'fr' | 'en';
export const UI_LANGS: readonly UiLang[] = ['fr', 'en'];

export interface EditorStrings {
  title: string;
  intro: string;
  uiLang: string;
  open: string;
  openHint: string;
  dropHere: string;
  download: string;
  copy: string;
  reset: string;
  resetConfirm: string;
  openConfirm: (name: string) => string;
  removeConfirm: (name: string) => string;
  loading: string;
  loadFailed: string;
  fileRejected: (name: string, reason: string) => string;
  fileOpened: (name: string) => string;
  draftRestored: (when: string) => string;
  draftNotSaved: string;
  resetDone: string;
  downloaded: string;
  copied: string;
  copyFailed: string;
  valid: string;
  /** Beside a country code, which the editor offers as a list, in place of the code's spelling rule. */
  chooseCountry: string;
  errorsTitle: (count: number) => string;
  previewTitle: string;
  previewLang: string;
  previewStale: string;
  previewNone: string;
  form: string;
  remove: string;
  add: string;
  addField: (name: string) => string;
  addLanguage: string;
  languageCode: string;
  choose: string;
  removed: (name: string) => string;
  added: (name: string) => string;
  /** Legend of the n-th item of a list (n from 1), by the list's key. */
  item: (list: string, n: number) => string;
  fields: Record<string, string>;
}

export const EDITOR_STRINGS: Record<UiLang, EditorStrings> = {
  fr: {
    title: 'Éditeur des données du graphique',
    intro:
      'Modifiez le jeu de données : l’aperçu se met à jour à chaque changement valide. Votre brouillon reste dans ce navigateur ; téléchargez le JSON pour le publier.',
    uiLang: 'Langue de l’éditeur',
    open: 'Ouvrir un fichier JSON',
    openHint: 'ou déposez-le ici',
    dropHere: 'Déposez le fichier JSON',
    download: 'Télécharger le JSON',
    copy: 'Copier',
    reset: 'Revenir au jeu publié',
    resetConfirm: 'Abandonner vos modifications non exportées et revenir au jeu publié ?',
    openConfirm: (name) => `Remplacer vos modifications non exportées par le contenu de ${name} ?`,
    removeConfirm: (name) => `Supprimer ${name} et tout son contenu ?`,
    loading: 'Chargement du jeu publié…',
    loadFailed: 'Impossible de charger le jeu de données publié.',
    fileRejected: (name, reason) => `Le fichier ${name} n’a pas été ouvert : ${reason}`,
    fileOpened: (name) => `Fichier ${name} ouvert.`,
    draftRestored: (when) => `Brouillon restauré (enregistré le ${when}).`,
    draftNotSaved: 'Le brouillon n’a pas pu être enregistré dans ce navigateur : exportez votre travail.',
    resetDone: 'Jeu publié rétabli.',
    downloaded: 'Fichier dataset.json téléchargé.',
    copied: 'JSON copié dans le presse-papiers.',
    copyFailed: 'La copie a échoué : utilisez « Télécharger le JSON ».',
    valid: 'Le jeu de données est valide.',
    chooseCountry: 'choisissez un pays dans la liste',
    errorsTitle: (n) => (n > 1 ? `${n} erreurs à corriger` : '1 erreur à corriger'),
    previewTitle: 'Aperçu',
    previewLang: 'Langue de l’aperçu',
    previewStale: 'L’aperçu montre la dernière version valide.',
    previewNone: 'Aucune version valide à montrer.',
    form: 'Jeu de données',
    remove: 'Supprimer',
    add: 'Ajouter',
    addField: (name) => `Ajouter le champ ${name}`,
    addLanguage: 'Ajouter la langue',
    languageCode: 'Code de langue',
    choose: '(choisir)',
    removed: (name) => `Supprimé : ${name}.`,
    added: (name) => `Ajouté : ${name}.`,
    item: (list, n) => `${ITEM_FR[list] ?? 'Élément'} ${n}`,
    fields: {
      $schema: 'Schéma JSON',
      version: 'Version du format',
      meta: 'Métadonnées',
      headline: 'Titre',
      standfirst: 'Chapô',
      article: 'Article (source)',
      updated: 'Mis à jour le (AAAA-MM-JJ)',
      credits: 'Crédits',
      dataUrl: 'Adresse des données (URL)',
      sources: 'Sources',
      id: 'Identifiant',
      title: 'Titre',
      lang: 'Langue (code)',
      file: 'Fichier texte',
      publisher: 'Éditeur',
      url: 'Adresse (URL)',
      published: 'Publié le (AAAA-MM-JJ)',
      countries: 'Pays',
      code: 'Code pays',
      status: 'Statut',
      count: 'Nombre',
      provenance: 'Provenance',
      source: 'Source',
      excerpt: 'Extrait, mot pour mot',
      figures: 'Chiffres',
      value: 'Valeur',
      approximate: 'Approximatif',
      notation: 'Notation',
      unit: 'Unité',
      label: 'Légende',
      quotes: 'Citations',
      side: 'Camp',
      speaker: 'Auteur',
      role: 'Fonction',
      organisation: 'Organisation',
      context: 'Contexte',
      passages: 'Passages, mot pour mot',
      translations: 'Traductions',
      respondsTo: 'Répond à',
      fr: 'Français (fr)',
      en: 'Anglais (en)',
      ar: 'Arabe (ar)',
    },
  },
  en: {
    title: 'Graphic data editor',
    intro:
      'Edit the dataset: the preview updates at every valid change. Your draft stays in this browser; download the JSON to publish it.',
    uiLang: 'Editor language',
    open: 'Open a JSON file',
    openHint: 'or drop it here',
    dropHere: 'Drop the JSON file',
    download: 'Download JSON',
    copy: 'Copy',
    reset: 'Reset to the published dataset',
    resetConfirm: 'Discard your unexported changes and go back to the published dataset?',
    openConfirm: (name) => `Replace your unexported changes with the contents of ${name}?`,
    removeConfirm: (name) => `Remove ${name} and everything in it?`,
    loading: 'Loading the published dataset…',
    loadFailed: 'The published dataset could not be loaded.',
    fileRejected: (name, reason) => `The file ${name} was not opened: ${reason}`,
    fileOpened: (name) => `File ${name} opened.`,
    draftRestored: (when) => `Draft restored (saved ${when}).`,
    draftNotSaved: 'The draft could not be saved in this browser: export your work.',
    resetDone: 'Published dataset restored.',
    downloaded: 'File dataset.json downloaded.',
    copied: 'JSON copied to the clipboard.',
    copyFailed: 'Copying failed: use “Download JSON”.',
    valid: 'The dataset is valid.',
    chooseCountry: 'choose a country from the list',
    errorsTitle: (n) => (n > 1 ? `${n} errors to fix` : '1 error to fix'),
    previewTitle: 'Preview',
    previewLang: 'Preview language',
    previewStale: 'The preview shows the last valid version.',
    previewNone: 'No valid version to show.',
    form: 'Dataset',
    remove: 'Remove',
    add: 'Add',
    addField: (name) => `Add the field ${name}`,
    addLanguage: 'Add the language',
    languageCode: 'Language code',
    choose: '(choose)',
    removed: (name) => `Removed: ${name}.`,
    added: (name) => `Added: ${name}.`,
    item: (list, n) => `${ITEM_EN[list] ?? 'Item'} ${n}`,
    fields: {
      $schema: 'JSON schema',
      version: 'Format version',
      meta: 'Metadata',
      headline: 'Headline',
      standfirst: 'Standfirst',
      article: 'Article (source)',
      updated: 'Updated (YYYY-MM-DD)',
      credits: 'Credits',
      dataUrl: 'Data address (URL)',
      sources: 'Sources',
      id: 'Id',
      title: 'Title',
      lang: 'Language (code)',
      file: 'Text file',
      publisher: 'Publisher',
      url: 'Address (URL)',
      published: 'Published (YYYY-MM-DD)',
      countries: 'Countries',
      code: 'Country code',
      status: 'Status',
      count: 'Count',
      provenance: 'Provenance',
      source: 'Source',
      excerpt: 'Excerpt, verbatim',
      figures: 'Figures',
      value: 'Value',
      approximate: 'Approximate',
      notation: 'Notation',
      unit: 'Unit',
      label: 'Label',
      quotes: 'Quotes',
      side: 'Side',
      speaker: 'Speaker',
      role: 'Role',
      organisation: 'Organisation',
      context: 'Context',
      passages: 'Passages, verbatim',
      translations: 'Translations',
      respondsTo: 'Responds to',
      fr: 'French (fr)',
      en: 'English (en)',
      ar: 'Arabic (ar)',
    },
  },
};

/** Item names by the key of their list. */
const ITEM_FR: Record<string, string> = {
  sources: 'Source',
  countries: 'Pays',
  figures: 'Chiffre',
  quotes: 'Citation',
  passages: 'Passage',
  respondsTo: 'Citation visée',
  translations: 'Passage traduit',
};
const ITEM_EN: Record<string, string> = {
  sources: 'Source',
  countries: 'Country',
  figures: 'Figure',
  quotes: 'Quote',
  passages: 'Passage',
  respondsTo: 'Quote answered',
  translations: 'Translated passage',
};
