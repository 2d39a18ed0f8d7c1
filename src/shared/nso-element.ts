/**
 * The base of every `nso-*` element: the attributes of the public contract
 * (`lang`, `src`, `theme`), the `.data` property, and the dataset's life
 * cycle. A subclass only renders a valid dataset in a resolved language;
 * loading and errors are handled here, the same way for all.
 *
 * `.data` is not `.dataset`: that name is the DOM's data-* map.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { EMBEDDED_DATASET } from '../dataset/embedded.ts';
import { loadDataset, type LoadResult } from '../dataset/load.ts';
import { formatLoadFailure } from '../dataset/messages.ts';
import type { Dataset } from '../dataset/schema.ts';
import { dirOf, resolveLang, type Lang } from '../i18n/lang.ts';
import { themeStyles } from '../theme.ts';

const ERROR_TITLE: Record<Lang, string> = {
  fr: 'Le graphique ne peut pas s’afficher : les données sont invalides ou introuvables.',
  en: 'The graphic cannot be shown: its data is invalid or unavailable.',
  ar: 'لا يمكن عرض الرسم: البيانات غير صالحة أو غير متاحة.',
};

const LOADING: Record<Lang, string> = { fr: 'Chargement…', en: 'Loading…', ar: 'جارٍ التحميل…' };

export abstract class NsoElement extends LitElement {
  static override styles = [themeStyles];

  /** URL of a dataset to load instead of the embedded one. */
  @property() src?: string;

  /** `light`, `dark` or `auto` (default: follows prefers-color-scheme). */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** A dataset given directly (as <nso-graphic> does for its children); it wins over `src`. */
  @property({ attribute: false }) data?: Dataset;

  /** The language in use, resolved from `lang` attributes up the tree. */
  @state() protected readerLang: Lang = 'fr';

  @state() private loaded?: LoadResult;

  private loading?: AbortController;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // `lang` is the DOM's own property, so Lit does not own it: watch the attribute instead.
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loading?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.readerLang = resolveLang(this);
    if (changed.has('src')) void this.load();
  }

  /** The dataset to render, once there is a valid one. */
  protected get currentData(): Dataset | undefined {
    if (this.data) return this.data;
    if (!this.src) return EMBEDDED_DATASET;
    return this.loaded?.ok ? this.loaded.dataset : undefined;
  }

  private async load(): Promise<void> {
    this.loading?.abort();
    this.loaded = undefined;
    if (!this.src) return;
    const controller = new AbortController();
    this.loading = controller;
    const result = await loadDataset(new URL(this.src, document.baseURI), { signal: controller.signal });
    if (!controller.signal.aborted) this.loaded = result;
  }

  /** Renders the element's content for a valid dataset. */
  protected abstract renderContent(dataset: Dataset, lang: Lang): TemplateResult | typeof nothing;

  protected renderError(): TemplateResult | typeof nothing {
    if (this.data || !this.loaded || this.loaded.ok) return nothing;
    const lines = formatLoadFailure(this.loaded.failure, this.readerLang === 'fr' ? 'fr' : 'en');
    return html`<div class="alert" role="alert" part="error">
      <h2>${ERROR_TITLE[this.readerLang]}</h2>
      <ul>
        ${lines.slice(0, 12).map((line) => html`<li>${line}</li>`)}
      </ul>
      ${this.src ? html`<p>${this.src}</p>` : nothing}
    </div>`;
  }

  override render(): TemplateResult {
    const lang = this.readerLang;
    const dataset = this.currentData;
    return html`<div class="root" part="root" lang=${lang} dir=${dirOf(lang)}>
      ${
        dataset
          ? this.renderContent(dataset, lang)
          : this.renderError() === nothing
            ? html`<p class="loading" role="status">${LOADING[lang]}</p>`
            : this.renderError()
      }
    </div>`;
  }
}
