/**
 * The prerendered pages' file names: French, the article's language, keeps the
 * plain name (`embed.html`); each other language has its own file
 * (`embed.en.html`), so that a reader's first paint is in their language.
 */
import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';

export type PageName = 'index' | 'embed';

export function pageFile(page: PageName, lang: Lang): string {
  return lang === DEFAULT_LANG ? `${page}.html` : `${page}.${lang}.html`;
}
