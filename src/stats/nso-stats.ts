import { html, type TemplateResult } from 'lit';
import { define } from '../shared/define.ts';
import type { Dataset } from '../dataset/schema.ts';
import type { Lang } from '../i18n/lang.ts';
import { NsoElement } from '../shared/nso-element.ts';

/** The statistics panel (placeholder until issue 4). */
export class NsoStats extends NsoElement {
  protected renderContent(dataset: Dataset, lang: Lang): TemplateResult {
    return html`<ul>
      ${dataset.figures.map((f) => html`<li>${f.value} ${f.unit[lang] ?? f.unit.fr}</li>`)}
    </ul>`;
  }
}

define('nso-stats', NsoStats);

declare global {
  interface HTMLElementTagNameMap {
    'nso-stats': NsoStats;
  }
}
