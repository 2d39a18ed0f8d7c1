/**
 * Plain-language sentences for dataset errors, for editors (the CLI, the
 * editor page) and readers (the widget's alert). Each names where (the JSON
 * path) and what was expected.
 */
import type { LoadFailure } from './load.ts';
import type { ParseFailure } from './parse.ts';
import type { DatasetError, ErrorCode, Path } from './validate.ts';

export type MessageLang = 'fr' | 'en' | 'ar';

type Template = (e: DatasetError) => string;

/** Where a misquote stops matching its source (values[1]), between `before` and `after`; nothing if unknown. */
const from = (e: DatasetError, before: string, after: string): string =>
  e.values?.[1] ? `${before}${e.values[1]}${after}` : '';

const list = (values: string[] = [], max = 8): string =>
  values.length > max ? `${values.slice(0, max).join(', ')}, …` : values.join(', ');

/** JSON's kinds of value as the schema names them, in words; received texts are quoted, so never taken for one. */
const KINDS: Record<MessageLang, Record<string, string>> = {
  en: {},
  fr: { string: 'un texte', number: 'un nombre', boolean: 'vrai ou faux', object: 'un objet', array: 'une liste' },
  ar: { string: 'نص', number: 'رقم', boolean: 'صحيح أو خطأ', object: 'كائن', array: 'قائمة' },
};
const kind = (lang: MessageLang, word: string): string => KINDS[lang][word] ?? word;

/** Where in a file's text: "ligne 3, colonne 16". */
const position = (line: number | string, column: number | string, lang: MessageLang): string =>
  ({
    fr: `ligne ${line}, colonne ${column}`,
    en: `line ${line}, column ${column}`,
    ar: `السطر ${line}، العمود ${column}`,
  })[lang];
/** Where a field written twice is written again (values: line, column), in brackets; nothing if unknown. */
const again = (e: DatasetError, lang: MessageLang): string =>
  e.values
    ? ` (${{ fr: 'de nouveau', en: 'again at', ar: 'مرة أخرى في' }[lang]} ${position(e.values[0]!, e.values[1]!, lang)})`
    : '';

/** "; got …": what the dataset held, in the message's language (a kind of value in words). */
const GOT: Record<MessageLang, string> = { en: '; got', fr: ' ; reçu', ar: '؛ الموجود:' };
const got = (e: DatasetError, lang: MessageLang): string =>
  e.received === undefined ? '' : `${GOT[lang]} ${kind(lang, e.received)}`;

const EN: Record<ErrorCode, Template> = {
  type: (e) => `expected ${e.expected ?? 'another type'}${got(e, 'en')}`,
  required: (e) => `required field is missing (expected ${e.expected ?? 'a value'})`,
  'unknown-key': () => 'unknown field: check its spelling (field names are case-sensitive), or remove it',
  'one-of': (e) => `expected one of ${list(e.values)}${got(e, 'en')}`,
  'country-code': (e) => `expected an ISO 3166-1 alpha-2 country code in capitals, such as "BH"${got(e, 'en')}`,
  count: (e) => `expected "not-disclosed" or a whole number of at least 0${got(e, 'en')}`,
  negative: (e) => `expected a number of at least 0${got(e, 'en')}`,
  integer: (e) => `expected a whole number${got(e, 'en')}`,
  'not-finite': () => 'expected a finite number',
  url: (e) => `expected an http:// or https:// URL${got(e, 'en')}`,
  date: (e) => `expected a date written YYYY-MM-DD${got(e, 'en')}`,
  id: (e) => `expected an id of lower-case letters, digits and hyphens, such as "devices"${got(e, 'en')}`,
  'lang-tag': (e) => `expected a language code such as "fr", "en" or "ar"${got(e, 'en')}`,
  'txt-file': (e) =>
    `expected the path of a .txt file in the dataset's folder, such as "sources/article.fr.txt"${got(e, 'en')}`,
  empty: () => 'must not be empty',
  'duplicate-id': (e) => `duplicate: ${list(e.values)} is already used above`,
  'missing-ref': (e) =>
    `${e.received ?? 'this id'} matches nothing; expected one of ${list(e.values) || '(none defined)'}`,
  'not-verbatim': (e) =>
    `not verbatim in source "${e.values?.[0] ?? ''}"${from(e, ', from "', '…"')}: copy the text exactly, in whole words and numbers (only spaces, apostrophes and quotation marks may differ; write (…) for a cut)`,
  'self-ref': () => 'a quote cannot answer itself: give the id of the quote it answers',
  'duplicate-key': (e) =>
    `this field appears twice in its object${again(e, 'en')}: JSON keeps only the last one; remove the other`,
  'value-not-in-excerpt': (e) =>
    `${e.received ?? 'this number'} is not a number its excerpt gives (it writes ${list(e.values)}): correct the value, or quote the words that give it (cut the rest with (…))`,
  'no-source-text': (e) => `cannot read the source text ${list(e.values)}`,
  'translation-count': (e) =>
    `expected ${e.expected ?? '?'} ${e.expected === '1' ? 'passage' : 'passages'}, as many as the original; got ${e.received ?? '?'}`,
  invalid: (e) => `invalid value${got(e, 'en')}`,
};

const FR: Record<ErrorCode, Template> = {
  type: (e) => `attendu : ${kind('fr', e.expected ?? 'un autre type')}${got(e, 'fr')}`,
  required: (e) => `champ obligatoire manquant (attendu : ${kind('fr', e.expected ?? 'une valeur')})`,
  'unknown-key': () => 'champ inconnu : vérifiez son orthographe (majuscules comprises) ou supprimez-le',
  'one-of': (e) => `attendu : l’une des valeurs ${list(e.values)}${got(e, 'fr')}`,
  'country-code': (e) => `attendu : un code pays ISO 3166-1 alpha-2 en majuscules, comme "BH"${got(e, 'fr')}`,
  count: (e) => `attendu : "not-disclosed" ou un nombre entier positif ou nul${got(e, 'fr')}`,
  negative: (e) => `attendu : un nombre positif ou nul${got(e, 'fr')}`,
  integer: (e) => `attendu : un nombre entier${got(e, 'fr')}`,
  'not-finite': () => 'attendu : un nombre fini',
  url: (e) => `attendu : une adresse http:// ou https://${got(e, 'fr')}`,
  date: (e) => `attendu : une date au format AAAA-MM-JJ${got(e, 'fr')}`,
  id: (e) => `attendu : un identifiant en minuscules, chiffres et tirets, comme "devices"${got(e, 'fr')}`,
  'lang-tag': (e) => `attendu : un code de langue comme "fr", "en" ou "ar"${got(e, 'fr')}`,
  'txt-file': (e) =>
    `attendu : le chemin d’un fichier .txt dans le dossier du jeu de données, comme "sources/article.fr.txt"${got(e, 'fr')}`,
  empty: () => 'ne doit pas être vide',
  'duplicate-id': (e) => `doublon : ${list(e.values)} est déjà utilisé plus haut`,
  'missing-ref': (e) =>
    `${e.received ?? 'cet identifiant'} ne correspond à rien ; attendu : ${list(e.values) || '(aucun défini)'}`,
  'not-verbatim': (e) =>
    `absent mot pour mot de la source "${e.values?.[0] ?? ''}"${from(e, ', à partir de « ', '… »')} : recopiez le texte exactement, en mots et nombres entiers (seuls les espaces, apostrophes et guillemets peuvent différer ; écrivez (…) pour une coupe)`,
  'self-ref': () =>
    'une citation ne peut pas se répondre à elle-même : donnez l’identifiant de celle à laquelle elle répond',
  'duplicate-key': (e) =>
    `ce champ apparaît deux fois dans son objet${again(e, 'fr')} : le JSON ne garde que le dernier ; supprimez l’autre`,
  'value-not-in-excerpt': (e) =>
    `${e.received ?? 'ce nombre'} ne figure pas dans son extrait (qui écrit ${list(e.values)}) : corrigez la valeur, ou citez les mots qui la donnent (coupez le reste avec (…))`,
  'no-source-text': (e) => `impossible de lire le texte source ${list(e.values)}`,
  'translation-count': (e) =>
    `attendu : ${e.expected ?? '?'} ${e.expected === '1' ? 'passage' : 'passages'}, autant que l’original ; reçu : ${e.received ?? '?'}`,
  invalid: (e) => `valeur invalide${got(e, 'fr')}`,
};

const AR: Record<ErrorCode, Template> = {
  type: (e) => `المتوقع: ${kind('ar', e.expected ?? 'نوع آخر')}${got(e, 'ar')}`,
  required: (e) => `حقل إلزامي مفقود (المتوقع: ${kind('ar', e.expected ?? 'قيمة')})`,
  'unknown-key': () => 'حقل غير معروف: تحقّق من كتابته (مع مراعاة الأحرف الكبيرة) أو احذفه',
  'one-of': (e) => `المتوقع إحدى القيم ${list(e.values)}${got(e, 'ar')}`,
  'country-code': (e) => `المتوقع رمز بلد ISO 3166-1 alpha-2 بأحرف كبيرة، مثل "BH"${got(e, 'ar')}`,
  count: (e) => `المتوقع "not-disclosed" أو عدد صحيح غير سالب${got(e, 'ar')}`,
  negative: (e) => `المتوقع عدد غير سالب${got(e, 'ar')}`,
  integer: (e) => `المتوقع عدد صحيح${got(e, 'ar')}`,
  'not-finite': () => 'المتوقع عدد محدود',
  url: (e) => `المتوقع عنوان يبدأ بـ http:// أو https://${got(e, 'ar')}`,
  date: (e) => `المتوقع تاريخ بصيغة YYYY-MM-DD${got(e, 'ar')}`,
  id: (e) => `المتوقع معرّف بأحرف لاتينية صغيرة وأرقام وشرطات، مثل "devices"${got(e, 'ar')}`,
  'lang-tag': (e) => `المتوقع رمز لغة مثل "fr" أو "en" أو "ar"${got(e, 'ar')}`,
  'txt-file': (e) => `المتوقع مسار نسبي لملف ‎.txt‎${got(e, 'ar')}`,
  empty: () => 'يجب ألا يكون فارغًا',
  'duplicate-id': (e) => `مكرّر: ${list(e.values)} مستخدم أعلاه`,
  'missing-ref': (e) => `${e.received ?? 'هذا المعرّف'} لا يطابق شيئًا؛ المتوقع أحد: ${list(e.values) || '(لا شيء)'}`,
  'not-verbatim': (e) => `النص غير مطابق حرفيًا للمصدر "${e.values?.[0] ?? ''}"${from(e, '، ابتداءً من "', '…"')}`,
  'self-ref': () => 'لا يمكن للاقتباس أن يرد على نفسه: اذكر معرّف الاقتباس الذي يرد عليه',
  'duplicate-key': (e) => `يتكرر هذا الحقل مرتين في الكائن${again(e, 'ar')}: لا يحتفظ JSON إلا بالأخير؛ احذف الآخر`,
  'value-not-in-excerpt': (e) =>
    `${e.received ?? 'هذا الرقم'} ليس رقمًا يرد في المقتطف (الذي يذكر ${list(e.values)}): صحّح القيمة أو اقتبس الكلمات التي تذكرها (واحذف الباقي بـ (…))`,
  'no-source-text': (e) => `تعذّرت قراءة نص المصدر ${list(e.values)}`,
  'translation-count': (e) => `المتوقع ${e.expected ?? '?'} مقاطع، بعدد الأصل؛ الموجود: ${e.received ?? '?'}`,
  invalid: (e) => `قيمة غير صالحة${got(e, 'ar')}`,
};

const TEMPLATES: Record<MessageLang, Record<ErrorCode, Template>> = { en: EN, fr: FR, ar: AR };

/** `countries[0].code`, or "(root)" for the document itself. */
export function formatPath(path: Path, lang: MessageLang = 'en'): string {
  if (path.length === 0) return { fr: '(racine)', en: '(root)', ar: '(الجذر)' }[lang];
  return path
    .map((key, i) =>
      typeof key === 'number'
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `${i ? '.' : ''}${key}`
          : `[${JSON.stringify(key)}]`,
    )
    .join('');
}

/** One plain line: where, then what was expected. */
export function formatError(error: DatasetError, lang: MessageLang = 'en'): string {
  return `${formatPath(error.path, lang)}: ${errorMessage(error, lang)}`;
}

/** The colon between a label and what follows, as each language sets it (French puts a space before it). */
export const labelColon = (lang: MessageLang): string => (lang === 'fr' ? ' : ' : ': ');

/** What is wrong, without where: for a message shown beside its field. */
export function errorMessage(error: DatasetError, lang: MessageLang = 'en'): string {
  return TEMPLATES[lang][error.code](error);
}

export function formatParseFailure(failure: ParseFailure, lang: MessageLang = 'en'): string {
  const at = (line: number, column: number) => position(line, column, lang);
  switch (failure.code) {
    case 'too-large':
      return {
        fr: `fichier trop volumineux : ${failure.length} caractères, au plus ${failure.max}`,
        en: `file too large: ${failure.length} characters, at most ${failure.max}`,
        ar: `الملف كبير جدًا: ${failure.length} حرفًا، والحد الأقصى ${failure.max}`,
      }[lang];
    case 'too-deep':
      return `${at(failure.line, failure.column)}${labelColon(lang)}${
        {
          fr: `imbrication trop profonde (au plus ${failure.max} niveaux)`,
          en: `nested too deeply (at most ${failure.max} levels)`,
          ar: `تداخل عميق جدًا (الحد الأقصى ${failure.max} مستوى)`,
        }[lang]
      }`;
    case 'syntax': {
      const found = failure.found === null ? null : JSON.stringify(failure.found);
      return `${at(failure.line, failure.column)}${labelColon(lang)}${
        {
          fr: `JSON mal formé (${found ? `caractère ${found} inattendu` : 'fin de fichier inattendue'})`,
          en: `malformed JSON (${found ? `unexpected ${found}` : 'unexpected end of file'})`,
          ar: `JSON غير صالح (${found ? `محرف غير متوقع ${found}` : 'نهاية غير متوقعة للملف'})`,
        }[lang]
      }`;
    }
  }
}

/** A sentence for a failed `src` load: what went wrong, in the reader's language. */
export function formatLoadFailure(failure: LoadFailure, lang: MessageLang = 'en'): string[] {
  switch (failure.kind) {
    case 'http':
      return [
        {
          fr: `Le serveur a répondu ${failure.status}.`,
          en: `The server answered ${failure.status}.`,
          ar: `ردّ الخادم بالرمز ${failure.status}.`,
        }[lang],
      ];
    case 'network':
      return [
        {
          fr: 'Le réseau est injoignable ou a refusé la requête.',
          en: 'The network is unreachable or refused the request.',
          ar: 'الشبكة غير متاحة أو رفضت الطلب.',
        }[lang],
      ];
    case 'timeout':
      return [
        {
          fr: `Pas de réponse après ${failure.ms / 1000} secondes.`,
          en: `No answer after ${failure.ms / 1000} seconds.`,
          ar: `لا ردّ بعد ${failure.ms / 1000} ثوانٍ.`,
        }[lang],
      ];
    case 'content-type':
      return [
        {
          fr: `Le fichier n’est pas du JSON (type ${failure.received}).`,
          en: `The file is not JSON (type ${failure.received}).`,
          ar: `الملف ليس بصيغة JSON (النوع ${failure.received}).`,
        }[lang],
      ];
    case 'parse':
      return [formatParseFailure(failure.failure, lang)];
    case 'invalid':
      return failure.errors.map((error) => formatError(error, lang));
  }
}
