/**
 * The reader's language: the element's `lang`, else the nearest ancestor's
 * (crossing shadow roots), else the document's, else French, the article's.
 * An unsupported language falls back to French with a console warning.
 */
import { keepNumbersTogether } from './typography.ts';

export const LANGS = ['fr', 'en', 'ar'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'fr';

/** `en-GB` → `en`; unknown → undefined. */
export function supportedLang(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGS.find((lang) => lang === primary);
}

/**
 * The first `lang` attribute from `el` up through ancestors and shadow hosts. Read without `instanceof`: on the
 * server (Lit's DOM shim) there is no Element nor ShadowRoot, and an element has no parent.
 */
export function declaredLang(el: Element): string | undefined {
  let node: Node | null | undefined = el;
  while (node) {
    const lang = 'getAttribute' in node ? (node as Element).getAttribute('lang') : null;
    if (lang !== null) return lang;
    node = node.parentNode ?? (node as Partial<ShadowRoot>).host;
  }
  return undefined;
}

const warned = new Set<string>();

export function resolveLang(el: Element): Lang {
  const declared = declaredLang(el);
  if (!declared) return DEFAULT_LANG;
  const lang = supportedLang(declared);
  if (lang) return lang;
  if (!warned.has(declared)) {
    warned.add(declared);
    console.warn(
      `<${el.localName}>: language "${declared}" is not supported (${LANGS.join(', ')}); using ${DEFAULT_LANG}.`,
    );
  }
  return DEFAULT_LANG;
}

/** Text direction of a language. */
export function dirOf(lang: Lang): 'ltr' | 'rtl' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

type Localized = { fr: string; en: string; [lang: string]: string };

/**
 * A localized text as readers see it: in `lang`, else French (always present,
 * the schema requires it), with its numbers kept on one line ("1 400").
 */
export function pick(text: Localized, lang: Lang): string {
  return keepNumbersTogether(text[lang] ?? text.fr);
}

/** The language `pick` took the text in: `lang`, or French standing in (for the text's `lang` attribute). */
export function pickedLang(text: Localized, lang: Lang): Lang {
  return text[lang] === undefined ? 'fr' : lang;
}
