import { html, type TemplateResult } from 'lit';
import type { Dataset } from '../dataset/schema.ts';
import { pick, type Lang } from '../i18n/lang.ts';
import '../map/nso-map.ts';
import '../quotes/nso-quotes.ts';
import { define } from '../shared/define.ts';
import { NsoElement } from '../shared/nso-element.ts';
import '../stats/nso-stats.ts';

/** The whole graphic: headline, map, figures and quotes (composition grows with issue 6). */
export class NsoGraphic extends NsoElement {
  protected renderContent(dataset: Dataset, lang: Lang): TemplateResult {
    return html`<article>
      <h2>${pick(dataset.meta.headline, lang)}</h2>
      <p>${pick(dataset.meta.standfirst, lang)}</p>
      <nso-map .data=${dataset} lang=${lang} theme=${this.theme ?? 'auto'}></nso-map>
      <nso-stats .data=${dataset} lang=${lang} theme=${this.theme ?? 'auto'}></nso-stats>
      <nso-quotes .data=${dataset} lang=${lang} theme=${this.theme ?? 'auto'}></nso-quotes>
    </article>`;
  }
}

define('nso-graphic', NsoGraphic);

declare global {
  interface HTMLElementTagNameMap {
    'nso-graphic': NsoGraphic;
  }
}
