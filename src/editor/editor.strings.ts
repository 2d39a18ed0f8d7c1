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
  publish: string;
  download: string;
  copy: string;
  undo: string;
  redo: string;
  undone: string;
  redone: string;
  nothingToUndo: string;
  nothingToRedo: string;
  reset: string;
  resetConfirm: string;
  openConfirm: (name: string) => string;
  /** Before removing an entry that others use: what uses it. */
  removeUsed: (name: string, uses: readonly string[]) => string;
  loading: string;
  loadFailed: string;
  fileRejected: (name: string, reason: string) => string;
  fileOpened: (name: string) => string;
  /** A source text that no source names yet: kept for the source that will. */
  textWaiting: (name: string) => string;
  textNotKept: string;
  draftRestored: (when: string) => string;
  draftNotSaved: string;
  resetDone: string;
  downloaded: string;
  downloadedZip: (sources: number) => string;
  downloadedDraft: string;
  copied: string;
  copyFailed: string;
  valid: string;
  /** Valid but for a new item not yet filled in. */
  pending: string;
  warningsTitle: (count: number) => string;
  missingLanguages: (names: string) => string;
  sourcePane: string;
  shownSource: string;
  sourceText: (id: string) => string;
  selectToFill: (field: string) => string;
  selectTargetFirst: string;
  filledFromSource: (field: string) => string;
  noSourceText: (file: string) => string;
  sideBySide: string;
  notDisclosed: string;
  /** The schema's closed values in words ("reported", "compact"). */
  choices: Record<string, string>;
  errorsTitle: (count: number) => string;
  previewTitle: string;
  previewLang: string;
  previewStale: string;
  previewNone: string;
  form: string;
  remove: string;
  add: string;
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
      'Modifiez le jeu de données : l’aperçu se met à jour à chaque changement valide. Votre brouillon et vos textes sources restent dans ce navigateur ; « Télécharger pour publier » donne le fichier à publier.',
    uiLang: 'Langue de l’éditeur',
    open: 'Ouvrir des fichiers (JSON, textes .txt)',
    openHint: 'ou déposez-le ici, avec les textes .txt des sources',
    dropHere: 'Déposez les fichiers',
    publish: 'Télécharger pour publier',
    download: 'Télécharger le JSON',
    copy: 'Copier',
    undo: 'Annuler',
    redo: 'Rétablir',
    undone: 'Modification annulée.',
    redone: 'Modification rétablie.',
    nothingToUndo: 'Rien à annuler.',
    nothingToRedo: 'Rien à rétablir.',
    reset: 'Revenir au jeu publié',
    resetConfirm: 'Abandonner vos modifications non exportées et revenir au jeu publié ?',
    openConfirm: (name) => `Remplacer vos modifications non exportées par le contenu de ${name} ?`,
    removeUsed: (name, uses) =>
      `${name} est utilisé par ${uses.length > 1 ? `${uses.length} éléments` : '1 élément'} : ${uses.join(' ; ')}. Ils perdront ce lien et seront signalés en erreur. Supprimer quand même ? (Annuler : Ctrl+Z)`,
    loading: 'Chargement du jeu publié…',
    loadFailed: 'Impossible de charger le jeu de données publié.',
    fileRejected: (name, reason) => `Le fichier ${name} n’a pas été ouvert : ${reason}`,
    fileOpened: (name) => `Fichier ${name} ouvert.`,
    textWaiting: (name) =>
      `Aucune source ne nomme encore ${name} : le texte est gardé dans ce navigateur, et servira à la source dont le fichier est « sources/${name} ».`,
    textNotKept: 'Ce navigateur n’a pas pu garder le texte : il sera perdu au rechargement.',
    draftRestored: (when) => `Brouillon restauré (enregistré le ${when}).`,
    draftNotSaved: 'Le brouillon n’a pas pu être enregistré dans ce navigateur : exportez votre travail.',
    resetDone: 'Jeu publié rétabli.',
    downloaded: 'Fichier dataset.json téléchargé.',
    downloadedZip: (n) =>
      `Fichier dataset.zip téléchargé : le jeu de données et ${n > 1 ? `ses ${n} textes sources` : 'son texte source'}, prêts à publier.`,
    downloadedDraft:
      'Brouillon téléchargé sous le nom dataset.draft.json : il ne sera pas publié tant qu’il reste des erreurs. Corrigez-les, puis téléchargez de nouveau.',
    copied: 'JSON copié dans le presse-papiers.',
    copyFailed: 'La copie a échoué : utilisez « Télécharger le JSON ».',
    valid: 'Le jeu de données est valide.',
    pending: 'Élément en cours de saisie : il sera vérifié quand vous le quitterez.',
    warningsTitle: (n) => (n > 1 ? `${n} avertissements` : '1 avertissement'),
    missingLanguages: (names) =>
      `pas de texte en ${names} : dans cette langue, le graphique montrera une autre langue à la place. Ajoutez la langue à ses textes et à ses traductions.`,
    sourcePane: 'Texte de la source',
    shownSource: 'Source affichée',
    sourceText: (id) => `Texte de la source ${id}`,
    selectToFill: (field) => `Sélectionnez un passage du texte : il remplira « ${field} », mot pour mot.`,
    selectTargetFirst: 'Cliquez d’abord dans un champ « Extrait » ou « Passage », puis sélectionnez le passage ici.',
    filledFromSource: (field) => `Rempli depuis la source : ${field}.`,
    noSourceText: (file) => `Le texte ${file} manque : déposez ce fichier sur la zone « Ouvrir ».`,
    sideBySide: 'Les trois langues côte à côte',
    notDisclosed: 'non communiqué',
    choices: {
      reported: 'Infections signalées',
      standard: 'En chiffres (1 400)',
      compact: 'Abrégée (1,5 milliard)',
      whatsapp: 'WhatsApp',
      nso: 'NSO Group',
      claim: 'Accusation',
      response: 'Réponse',
      statement: 'Déclaration',
      ruling: 'Décision de justice',
      testimony: 'Témoignage',
    },
    errorsTitle: (n) => (n > 1 ? `${n} erreurs à corriger` : '1 erreur à corriger'),
    previewTitle: 'Aperçu',
    previewLang: 'Langue de l’aperçu',
    previewStale: 'L’aperçu montre la dernière version valide.',
    previewNone: 'Aucune version valide à montrer.',
    form: 'Jeu de données',
    remove: 'Supprimer',
    add: 'Ajouter',
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
      count: 'Nombre d’appareils (vide : non communiqué)',
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
      kind: 'Nature de la citation',
      speaker: 'Auteur',
      speakerNames: 'Nom de l’auteur dans une autre écriture (par langue)',
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
      'Edit the dataset: the preview updates at every valid change. Your draft and your source texts stay in this browser; “Download for publishing” gives the file to publish.',
    uiLang: 'Editor language',
    open: 'Open files (JSON, .txt texts)',
    openHint: 'or drop it here, with the sources’ .txt texts',
    dropHere: 'Drop the files',
    publish: 'Download for publishing',
    download: 'Download JSON',
    copy: 'Copy',
    undo: 'Undo',
    redo: 'Redo',
    undone: 'Change undone.',
    redone: 'Change redone.',
    nothingToUndo: 'Nothing to undo.',
    nothingToRedo: 'Nothing to redo.',
    reset: 'Reset to the published dataset',
    resetConfirm: 'Discard your unexported changes and go back to the published dataset?',
    openConfirm: (name) => `Replace your unexported changes with the contents of ${name}?`,
    removeUsed: (name, uses) =>
      `${name} is used by ${uses.length > 1 ? `${uses.length} items` : '1 item'}: ${uses.join('; ')}. They will lose that link and be flagged as errors. Remove it anyway? (Undo: Ctrl+Z)`,
    loading: 'Loading the published dataset…',
    loadFailed: 'The published dataset could not be loaded.',
    fileRejected: (name, reason) => `The file ${name} was not opened: ${reason}`,
    fileOpened: (name) => `File ${name} opened.`,
    textWaiting: (name) =>
      `No source names ${name} yet: the text is kept in this browser for the source whose file is “sources/${name}”.`,
    textNotKept: 'This browser could not keep the text: a reload will lose it.',
    draftRestored: (when) => `Draft restored (saved ${when}).`,
    draftNotSaved: 'The draft could not be saved in this browser: export your work.',
    resetDone: 'Published dataset restored.',
    downloaded: 'File dataset.json downloaded.',
    downloadedZip: (n) =>
      `File dataset.zip downloaded: the dataset and ${n > 1 ? `its ${n} source texts` : 'its source text'}, ready to publish.`,
    downloadedDraft:
      'Draft downloaded as dataset.draft.json: it will not publish while errors remain. Fix them, then download again.',
    copied: 'JSON copied to the clipboard.',
    copyFailed: 'Copying failed: use “Download JSON”.',
    valid: 'The dataset is valid.',
    pending: 'Item being filled in: it is checked when you leave it.',
    warningsTitle: (n) => (n > 1 ? `${n} warnings` : '1 warning'),
    missingLanguages: (names) =>
      `no text in ${names}: in that language, the graphic will show another language instead. Add the language to its texts and translations.`,
    sourcePane: 'Source text',
    shownSource: 'Source shown',
    sourceText: (id) => `Text of the source ${id}`,
    selectToFill: (field) => `Select a passage of the text: it fills “${field}”, word for word.`,
    selectTargetFirst: 'First click in an “Excerpt” or “Passage” field, then select the passage here.',
    filledFromSource: (field) => `Filled from the source: ${field}.`,
    noSourceText: (file) => `The text ${file} is missing: drop that file on the “Open” area.`,
    sideBySide: 'The three languages side by side',
    notDisclosed: 'not disclosed',
    choices: {
      reported: 'Infections reported',
      standard: 'In figures (1,400)',
      compact: 'Short (1.5 billion)',
      whatsapp: 'WhatsApp',
      nso: 'NSO Group',
      claim: 'Accusation',
      response: 'Response',
      statement: 'Statement',
      ruling: 'Ruling',
      testimony: 'Testimony',
    },
    errorsTitle: (n) => (n > 1 ? `${n} errors to fix` : '1 error to fix'),
    previewTitle: 'Preview',
    previewLang: 'Preview language',
    previewStale: 'The preview shows the last valid version.',
    previewNone: 'No valid version to show.',
    form: 'Dataset',
    remove: 'Remove',
    add: 'Add',
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
      count: 'Devices (empty: not disclosed)',
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
      kind: 'What the quote is',
      speaker: 'Speaker',
      speakerNames: 'Speaker’s name in another script (by language)',
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
