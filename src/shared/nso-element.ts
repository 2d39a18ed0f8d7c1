/**
 * The base of every `nso-*` element: the attributes of the public contract
 * (`lang`, `src`, `theme`), the `.data` property, and the dataset's life
 * cycle. A subclass only renders a valid dataset in a resolved language;
 * loading and errors are handled here, the same way for all.
 *
 * `.data` is not `.dataset`: that name is the DOM's data-* map.
 *
 * @attribute {string} lang - The reader's language: fr, en or ar. Default: the nearest ancestor's `lang`, else the
 *   document's, else fr; another language falls back to fr with a console warning.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { EMBEDDED_DATASET } from '../dataset/embedded.ts';
import type { LoadFailure, LoadResult } from '../dataset/load.ts';
import type { Dataset } from '../dataset/schema.ts';
import { dirOf, resolveLang, type Lang } from '../i18n/lang.ts';
import { themeStyles } from '../theme.ts';
import { pageScheme, type Scheme } from './page-scheme.ts';

const ERROR_TITLE: Record<Lang, string> = {
  fr: 'Le graphique ne peut pas s’afficher\u00a0: les données sont invalides ou introuvables.',
  en: 'The graphic cannot be shown: its data is invalid or unavailable.',
  ar: 'لا يمكن عرض الرسم: البيانات غير صالحة أو غير متاحة.',
};

/** Enough to locate the problems; the CLI and the editor list them all. */
const MAX_ERRORS_SHOWN = 12;

const LOADING: Record<Lang, string> = { fr: 'Chargement…', en: 'Loading…', ar: 'جارٍ التحميل…' };

export abstract class NsoElement extends LitElement {
  static override styles = [themeStyles];
  // Each element lists its reactive properties here, then declares them as fields (tsconfig.json: no decorators).
  static override properties: PropertyDeclarations = {
    src: {},
    theme: { reflect: true },
    data: { attribute: false },
    loaded: { state: true },
    pageScheme: { state: true },
  };

  /** URL of a dataset to load instead of the embedded one. */
  src?: string;

  /** `light`, `dark` or `auto` (default: follows the page behind the element, see shared/page-scheme.ts). */
  theme?: 'light' | 'dark' | 'auto';

  /**
   * `auto`'s scheme, from the page behind a top-level element, set after its first update (hydration renders
   * what the server did) and in its `data-nso-scheme` attribute, which the theme's styles read; undefined while
   * the reader's system decides. An element inside another one's shadow root takes that one's theme instead.
   */
  protected pageScheme?: Scheme;

  private systemScheme?: MediaQueryList;

  /** A dataset given directly (as <nso-graphic> does for its children); it wins over `src`. */
  data?: Dataset;

  /** The language in use, resolved from `lang` attributes up the tree before each render. */
  protected readerLang: Lang = 'fr';

  /** The outcome of loading `src` (or, in the dev server, of checking the embedded dataset). */
  private loaded?: LoadResult;

  /** Turns a failure into sentences; its module is loaded only when something failed. */
  private describe?: (failure: LoadFailure, lang: Lang) => string[];

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
    const root = this.getRootNode();
    if (!(root instanceof ShadowRoot && root.host instanceof NsoElement)) {
      void this.updateComplete.then(this.followPage);
      // A page that follows the system changes its background with it.
      this.systemScheme ??= matchMedia('(prefers-color-scheme: dark)');
      this.systemScheme.addEventListener('change', this.followPage);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loading?.abort();
    this.systemScheme?.removeEventListener('change', this.followPage);
  }

  private readonly followPage = () => {
    if (!this.isConnected) return;
    this.pageScheme = pageScheme(this);
    if (this.pageScheme) this.setAttribute('data-nso-scheme', this.pageScheme);
    else this.removeAttribute('data-nso-scheme');
  };

  /**
   * A prerendered element (its shadow root came with the page) hydrates in a task of its own: the graphic, then
   * each part, so that making a page interactive never holds the main thread long. Its nodes are painted already:
   * nothing the reader sees waits.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || !this.shadowRoot?.hasChildNodes()) return super.scheduleUpdate();
    return new Promise((resolve) => setTimeout(resolve)).then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.readerLang = resolveLang(this);
    if (changed.has('src')) void this.load();
    if (import.meta.env.DEV && !this.hasUpdated && !this.src) void this.checkEmbeddedInDev();
  }

  /** Where the dataset comes from: `.data`, else `src`, else the embedded one. */
  private get source(): LoadResult | undefined {
    if (this.data) return { ok: true, dataset: this.data };
    if (this.src || this.loaded) return this.loaded;
    return { ok: true, dataset: EMBEDDED_DATASET };
  }

  /** The dataset to render, once there is a valid one. */
  protected get currentData(): Dataset | undefined {
    const source = this.source;
    return source?.ok ? source.dataset : undefined;
  }

  /**
   * Fetches and validates `src`. The loader and the validator are a separate
   * chunk, fetched only here: the embedded dataset was validated at build
   * time, so most readers never download them.
   */
  private async load(): Promise<void> {
    this.loading?.abort();
    this.loaded = undefined;
    if (!this.src) return;
    const controller = new AbortController();
    this.loading = controller;
    const url = new URL(this.src, document.baseURI);
    const result = await import('../dataset/load.ts').then(
      ({ loadDataset }) => loadDataset(url, { signal: controller.signal }),
      // Its chunk did not arrive (chunks/ not hosted beside the module, or the network): an alert, not "Loading…".
      (): LoadResult => ({ ok: false, failure: { kind: 'network' } }),
    );
    if (!controller.signal.aborted) await this.settle(result, () => !controller.signal.aborted);
  }

  /** The dev server shows an editor's invalid save in the page (see embedded.ts). */
  private async checkEmbeddedInDev(): Promise<void> {
    if (!import.meta.env.DEV) return;
    const { checkEmbedded } = await import('../dataset/check-embedded.ts');
    const result = checkEmbedded(EMBEDDED_DATASET);
    if (!result.ok) await this.settle(result, () => !this.src && !this.data);
  }

  /** Shows a load's outcome; a failure first loads the sentences that describe it. */
  private async settle(result: LoadResult, stillWanted: () => boolean): Promise<void> {
    // Without the sentences' chunk, the alert still shows its title and the URL.
    if (!result.ok) this.describe = (await import('../dataset/messages.ts').catch(() => undefined))?.formatLoadFailure;
    if (stillWanted()) this.loaded = result;
  }

  /** Renders the element's content for a valid dataset. */
  protected abstract renderContent(dataset: Dataset, lang: Lang): TemplateResult | typeof nothing;

  /** The one alert for anything that keeps the graphic from showing. */
  private renderAlert(lang: Lang, lines: readonly string[] = []): TemplateResult {
    return html`<div class="alert" role="alert" part="error">
      <h2>${ERROR_TITLE[lang]}</h2>
      ${
        lines.length > 0
          ? html`<ul>
              ${lines.slice(0, MAX_ERRORS_SHOWN).map((line) => html`<li>${line}</li>`)}
            </ul>`
          : nothing
      }
      ${this.src ? html`<p>${this.src}</p>` : nothing}
    </div>`;
  }

  /**
   * Datasets reach rendering validated, but a bug must still end in a message,
   * never in a blank box (and, in the dev server, an editor's unchecked save
   * may not be valid yet: the check that follows replaces this).
   */
  private renderSafely(dataset: Dataset, lang: Lang): TemplateResult | typeof nothing {
    try {
      return this.renderContent(dataset, lang);
    } catch (error) {
      console.error(error);
      return this.renderAlert(lang);
    }
  }

  override render(): TemplateResult {
    const lang = this.readerLang;
    const source = this.source;
    return html`<div class="root" part="root" lang=${lang} dir=${dirOf(lang)}>
      ${
        source === undefined
          ? html`<p class="loading" role="status">${LOADING[lang]}</p>`
          : source.ok
            ? this.renderSafely(source.dataset, lang)
            : this.renderAlert(lang, this.describe?.(source.failure, lang))
      }
    </div>`;
  }
}
