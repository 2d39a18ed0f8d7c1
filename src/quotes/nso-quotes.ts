import { html, type TemplateResult } from 'lit';
import { define } from '../shared/define.ts';
import type { Dataset } from '../dataset/schema.ts';
import type { Lang } from '../i18n/lang.ts';
import { NsoElement } from '../shared/nso-element.ts';

/** The quote carousel (placeholder until issue 5). */
export class NsoQuotes extends NsoElement {
  protected renderContent(dataset: Dataset, _lang: Lang): TemplateResult {
    return html`<ul>
      ${dataset.quotes.map((q) => html`<li>${q.speaker}: ${q.passages.join(" ")}</li>`)}
    </ul>`;
  }
}

define('nso-quotes', NsoQuotes);

declare global {
  interface HTMLElementTagNameMap {
    'nso-quotes': NsoQuotes;
  }
}
