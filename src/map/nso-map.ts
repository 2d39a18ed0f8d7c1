import { html, type TemplateResult } from 'lit';
import { define } from '../shared/define.ts';
import type { Dataset } from '../dataset/schema.ts';
import type { Lang } from '../i18n/lang.ts';
import { NsoElement } from '../shared/nso-element.ts';

/** The world map of reported infections (placeholder until issue 3). */
export class NsoMap extends NsoElement {
  protected renderContent(dataset: Dataset, lang: Lang): TemplateResult {
    const names = new Intl.DisplayNames([lang], { type: 'region' });
    return html`<ul>
      ${dataset.countries.map((c) => html`<li>${names.of(c.code)}</li>`)}
    </ul>`;
  }
}

define('nso-map', NsoMap);

declare global {
  interface HTMLElementTagNameMap {
    'nso-map': NsoMap;
  }
}
