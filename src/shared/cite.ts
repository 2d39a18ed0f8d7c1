/**
 * The one way every part names a source: its title as a citation, in the
 * source's language (its direction found from the text), linked when the
 * source has a URL. The link opens no reference back to this page.
 */
import { html, type TemplateResult } from 'lit';

export interface Cited {
  title: string;
  lang: string;
  url?: string;
}

export const citeSource = ({ title, lang, url }: Cited): TemplateResult => {
  const cite = html`<cite lang=${lang} dir="auto">${title}</cite>`;
  return url ? html`<a href=${url} rel="noopener">${cite}</a>` : cite;
};
