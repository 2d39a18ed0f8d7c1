import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { formatParseFailure } from '../dataset/messages.ts';
import { parseDatasetText } from '../dataset/parse.ts';
import { TXT_FILE, type Dataset } from '../dataset/schema.ts';
import { validateDataset, type DatasetError } from '../dataset/validate.ts';
import '../graphic/nso-graphic.ts';
import { LANGS, type Lang } from '../i18n/lang.ts';
import { define } from '../shared/define.ts';
import { themeStyles } from '../theme.ts';
import { clearDraft, readDraft, writeDraft } from './draft.ts';
import { EDITOR_STRINGS, UI_LANGS, type UiLang } from './editor.strings.ts';
import { errorsByField, fieldMessage, placeErrors } from './errors.ts';
import { pathLabel, renderForm, type FormContext } from './form.ts';
import { newItem } from './form-model.ts';
import { datasetFileText } from './json-file.ts';
import { editorStyles } from './nso-editor.styles.ts';
import { getAt, pathId, removeAt, setAt, type Path } from './paths.ts';

const sourceFiles = (value: unknown): string[] => {
  const sources = (value as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) return [];
  return sources
    .map((source) => (source as { file?: unknown } | null)?.file)
    .filter((file): file is string => typeof file === 'string' && TXT_FILE.test(file));
};

/** Milliseconds of quiet typing before an edit's new source files are fetched. */
const SETTLE_MS = 400;

/** Each language in its own words, as language pickers write them. */
const LANG_NAMES: Record<Lang, string> = { fr: 'Français', en: 'English', ar: 'العربية' };

/**
 * The dataset editor page: a form for every field of the dataset, the live
 * graphic beside it, validation on every change with the same schema and
 * provenance checks as `npm run validate`, a draft kept in localStorage, and
 * export as a file or to the clipboard. It reads the published dataset and
 * never writes it back.
 *
 * It is the page's only element, so it also sets the document's language
 * and title, and warns before the page closes with unexported changes.
 *
 * @cssprop --nso-focus - focus ring colour (and every other token of src/theme.ts)
 */
export class NsoEditor extends LitElement {
  static override styles = [themeStyles, editorStyles];
  static override properties: PropertyDeclarations = {
    src: {},
    uiLang: { state: true },
    previewLang: { state: true },
    value: { state: true },
    published: { state: true },
    lastValid: { state: true },
    sourceTexts: { state: true },
    loadError: { state: true },
    notice: { state: true },
    status: { state: true },
    rejected: { state: true },
    dragging: { state: true },
    exported: { state: true },
  };

  /** The published dataset, relative to the page; source texts are read relative to it. */
  src = 'data/dataset.json';

  private uiLang: UiLang = 'fr';
  private previewLang: Lang = 'fr';
  /** The dataset being edited: any JSON value, valid or not. */
  private value: unknown = undefined;
  private published: unknown = undefined;
  private lastValid?: Dataset;
  private sourceTexts: ReadonlyMap<string, string> = new Map();
  private loadError?: string;
  private notice?: string;
  private status = '';
  /** Why the last file picked or dropped was not opened; cleared when one is. */
  private rejected = '';
  private dragging = false;
  /** False while there are changes not yet downloaded or copied. */
  private exported = true;

  /** The published dataset as JSON text, to tell an edited dataset from it in one comparison. */
  private publishedJson = '';
  /** The validator's errors for `value`, recomputed in willUpdate whenever it or the sources change. */
  private errors: readonly DatasetError[] = [];
  /** Source files already requested, so typing a path does not refetch. */
  private readonly requested = new Set<string>();
  /** The source fetches of an edit, due when typing pauses. */
  private fetching?: ReturnType<typeof setTimeout>;
  /** What to focus after the next render: a new item's first control, or the list an item left. */
  private pendingFocus?: { id: string; into: boolean };

  private get strings() {
    return EDITOR_STRINGS[this.uiLang];
  }

  private get datasetUrl(): URL {
    return new URL(this.src, document.baseURI);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const asked = new URLSearchParams(location.search).get('lang');
    this.uiLang = UI_LANGS.find((lang) => lang === asked) ?? 'fr';
    window.addEventListener('beforeunload', this.onBeforeUnload);
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    clearTimeout(this.fetching);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const key = (name: string) => name as keyof NsoEditor;
    if (changed.has(key('value')) || changed.has(key('sourceTexts'))) this.validate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('uiLang' as keyof NsoEditor)) {
      document.documentElement.lang = this.uiLang;
      document.title = this.strings.title;
    }
    if (this.pendingFocus) {
      const { id, into } = this.pendingFocus;
      this.pendingFocus = undefined;
      const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
      const control =
        into && target?.matches('fieldset') ? target.querySelector<HTMLElement>('input, select, textarea') : target;
      control?.focus();
    }
  }

  /** Loads the published dataset, then the draft if there is one. */
  private async start(): Promise<void> {
    try {
      const response = await fetch(this.datasetUrl, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(String(response.status));
      const parsed = parseDatasetText(await response.text());
      if (!parsed.ok) throw new Error(formatParseFailure(parsed.failure, this.uiLang));
      this.published = parsed.value;
      this.publishedJson = JSON.stringify(parsed.value);
    } catch (error) {
      this.loadError = `${this.strings.loadFailed} (${error instanceof Error ? error.message : String(error)})`;
    }
    const draft = readDraft(localStorage);
    if (draft && JSON.stringify(draft.value) !== this.publishedJson) {
      this.value = draft.value;
      this.exported = draft.exported;
      const when = new Date(draft.savedAt);
      const shown = Number.isNaN(when.getTime())
        ? draft.savedAt
        : new Intl.DateTimeFormat(this.uiLang, { dateStyle: 'long', timeStyle: 'short' }).format(when);
      this.notice = this.strings.draftRestored(shown);
    } else {
      this.value = this.published;
    }
    await this.loadSources();
  }

  /** Fetches the source texts the dataset names, relative to the published dataset. */
  private async loadSources(): Promise<void> {
    // Texts dropped with a file are already known: never fetched, never overwritten.
    const missing = sourceFiles(this.value).filter((file) => !this.requested.has(file) && !this.sourceTexts.has(file));
    if (missing.length === 0) return;
    for (const file of missing) this.requested.add(file);
    const texts = new Map<string, string>();
    await Promise.all(
      missing.map(async (file) => {
        const url = new URL(file, this.datasetUrl);
        if (url.origin !== this.datasetUrl.origin) return;
        try {
          const response = await fetch(url, { credentials: 'same-origin' });
          if (response.ok) texts.set(file, await response.text());
        } catch {
          // The validator reports it: "cannot read the source text".
        }
      }),
    );
    // Merged with what arrived meanwhile (a drop during the fetch), which wins.
    this.sourceTexts = new Map([...texts, ...this.sourceTexts]);
  }

  private validate(): void {
    if (this.value === undefined) return;
    const result = validateDataset(this.value, { sourceTexts: this.sourceTexts });
    this.errors = result.ok ? [] : result.errors;
    if (result.ok) this.lastValid = result.dataset;
    else if (!this.lastValid) {
      // A restored draft may be invalid from the start: preview the published dataset meanwhile.
      const published = validateDataset(this.published, { sourceTexts: this.sourceTexts });
      if (published.ok) this.lastValid = published.dataset;
    }
  }

  /** Every edit goes through here: validate, update the preview, keep the draft. */
  private commit(value: unknown): void {
    this.value = value;
    this.exported = JSON.stringify(value) === this.publishedJson;
    if (this.exported) clearDraft(localStorage);
    else if (!writeDraft(localStorage, { value, savedAt: new Date().toISOString(), exported: false })) {
      this.status = this.strings.draftNotSaved;
    }
    // New source files are fetched once typing pauses: a half-typed file name is never requested.
    clearTimeout(this.fetching);
    this.fetching = setTimeout(() => void this.loadSources(), SETTLE_MS);
  }

  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (this.exported) return;
    event.preventDefault();
    // Older browsers need returnValue set to show the prompt.
    event.returnValue = '';
  };

  private readonly onChange = (path: Path, value: unknown) => this.commit(setAt(this.value, path, value));

  private readonly onAdd = (path: Path, value: unknown, name: string) => {
    this.commit(setAt(this.value, path, value));
    this.pendingFocus = { id: pathId(path), into: true };
    this.status = this.strings.added(name);
  };

  private readonly onRemove = (path: Path, name: string) => {
    // A whole entry with content (a quote, a figure) goes only once confirmed: there is no undo. A blank one just
    // added, or a single text, goes at once.
    const item = getAt(this.value, path);
    const entry = typeof item === 'object' && item !== null;
    const blank = JSON.stringify(item) === JSON.stringify(newItem(this.value, path.slice(0, -1)));
    if (entry && !blank && !window.confirm(this.strings.removeConfirm(name))) return;
    this.commit(removeAt(this.value, path));
    // Focus stays in the place it was: the list (or object) that held the item.
    this.pendingFocus = { id: pathId(path.slice(0, -1)), into: false };
    this.status = this.strings.removed(name);
  };

  private async openFiles(files: Iterable<File>): Promise<void> {
    const list = [...files];
    // Source texts dropped with (or after) the dataset: matched to sources by file name.
    const texts = new Map(this.sourceTexts);
    const json = list.find((file) => !file.name.endsWith('.txt'));
    let value = this.value;
    if (json) {
      const parsed = parseDatasetText(await json.text());
      if (!parsed.ok) {
        // An alert of its own, not the status line: the dataset below, still the one being edited, may be valid.
        this.rejected = this.strings.fileRejected(json.name, formatParseFailure(parsed.failure, this.uiLang));
        this.status = '';
        return;
      }
      // An opened file replaces the draft: as "Revert", it asks first when the draft holds unexported changes.
      if (!this.exported && !window.confirm(this.strings.openConfirm(json.name))) return;
      value = parsed.value;
    }
    for (const file of list.filter((f) => f.name.endsWith('.txt'))) {
      for (const path of sourceFiles(value)) {
        if (path.split('/').pop() === file.name) texts.set(path, await file.text());
      }
    }
    this.sourceTexts = texts;
    this.notice = undefined;
    this.commit(value);
    this.rejected = '';
    this.status = this.strings.fileOpened(list.map((f) => f.name).join(', '));
  }

  private readonly onPick = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.files) void this.openFiles(input.files);
    input.value = '';
  };

  private readonly onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.dragging = true;
  };

  private readonly onDragLeave = (event: DragEvent) => {
    // Leaving for a child element is not leaving.
    if (!(event.currentTarget as Node).contains(event.relatedTarget as Node | null)) this.dragging = false;
  };

  private readonly onDrop = (event: DragEvent) => {
    event.preventDefault();
    this.dragging = false;
    if (event.dataTransfer?.files.length) void this.openFiles(event.dataTransfer.files);
  };

  private markExported(message: string): void {
    this.exported = true;
    writeDraft(localStorage, { value: this.value, savedAt: new Date().toISOString(), exported: true });
    const n = this.errors.length;
    this.status = n > 0 ? `${message} ${this.strings.errorsTitle(n)}.` : message;
  }

  private readonly onDownload = () => {
    const blob = new Blob([datasetFileText(this.value)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'dataset.json';
    link.click();
    // Revoked after the click has started the download.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.markExported(this.strings.downloaded);
  };

  private readonly onCopy = async () => {
    try {
      await navigator.clipboard.writeText(datasetFileText(this.value));
      this.markExported(this.strings.copied);
    } catch {
      this.status = this.strings.copyFailed;
    }
  };

  private readonly onReset = () => {
    if (!this.exported && !window.confirm(this.strings.resetConfirm)) return;
    this.commit(this.published);
    this.notice = undefined;
    this.status = this.strings.resetDone;
  };

  private readonly onSummaryLink = (event: Event, id: string) => {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  };

  private renderHeader(): TemplateResult {
    const t = this.strings;
    return html`<header class="top">
      <div class="title">
        <h1>${t.title}</h1>
        <div class="langs" role="group" aria-label=${t.uiLang}>
          ${UI_LANGS.map(
            (lang) =>
              html`<button
                type="button"
                lang=${lang}
                aria-pressed=${lang === this.uiLang ? 'true' : 'false'}
                @click=${() => (this.uiLang = lang)}
              >
                ${LANG_NAMES[lang]}
              </button>`,
          )}
        </div>
      </div>
      <p class="intro">${t.intro}</p>
      <div class="toolbar">
        <div class="drop ${this.dragging ? 'dragging' : ''}">
          <label for="open">${t.open}</label>
          <input
            id="open"
            type="file"
            accept=".json,application/json,.txt,text/plain"
            multiple
            @change=${this.onPick}
          />
          <span class="hint">${this.dragging ? t.dropHere : t.openHint}</span>
        </div>
        <div class="actions">
          <button type="button" class="primary" @click=${this.onDownload}>${t.download}</button>
          <button type="button" @click=${this.onCopy}>${t.copy}</button>
          <button type="button" @click=${this.onReset}>${t.reset}</button>
        </div>
      </div>
      ${this.notice ? html`<p class="draft-notice">${this.notice}</p>` : nothing}
      <p class="editor-status" role="status">${this.status}</p>
      ${this.rejected ? html`<p class="alert" role="alert">${this.rejected}</p>` : nothing}
    </header>`;
  }

  private renderSummary(ctx: FormContext, placed: ReturnType<typeof placeErrors>): TemplateResult {
    const t = this.strings;
    // One template in both states, so the live region stays in the page and is heard when its text changes: with
    // the count of errors, not at every keystroke (the list below is not live).
    return html`<div aria-live="polite">
        ${
          placed.length === 0
            ? html`<p class="valid-note">${t.valid}</p>`
            : html`<p class="visually-hidden">${t.errorsTitle(placed.length)}</p>`
        }
      </div>
      ${
        placed.length === 0
          ? nothing
          : html`<section class="error-summary" aria-labelledby="summary-title">
              <h2 id="summary-title">${t.errorsTitle(placed.length)}</h2>
              <ul>
                ${placed.map(
                  (p) =>
                    html`<li>
                      <a href=${`#${p.fieldId}`} @click=${(e: Event) => this.onSummaryLink(e, p.fieldId)}
                        >${pathLabel(ctx, p.at)}</a
                      >
                      — ${fieldMessage(p, this.uiLang)}
                    </li>`,
                )}
              </ul>
            </section>`
      }`;
  }

  private renderPreview(): TemplateResult {
    const t = this.strings;
    const stale = this.errors.length > 0;
    return html`<section class="preview" aria-labelledby="preview-title">
      <div class="preview-head">
        <h2 id="preview-title">${t.previewTitle}</h2>
        <label for="preview-lang">${t.previewLang}</label>
        <select
          id="preview-lang"
          @change=${(e: Event) => (this.previewLang = (e.target as HTMLSelectElement).value as Lang)}
        >
          ${LANGS.map(
            (lang) =>
              html`<option value=${lang} lang=${lang} ?selected=${lang === this.previewLang}>
                ${LANG_NAMES[lang]}
              </option>`,
          )}
        </select>
      </div>
      ${stale ? html`<p class="preview-stale">${this.lastValid ? t.previewStale : t.previewNone}</p>` : nothing}
      ${this.lastValid ? html`<nso-graphic lang=${this.previewLang} .data=${this.lastValid}></nso-graphic>` : nothing}
    </section>`;
  }

  override render(): TemplateResult {
    const t = this.strings;
    const placed = placeErrors(this.value, this.errors);
    const ctx: FormContext = {
      root: this.value,
      lang: this.uiLang,
      strings: t,
      errors: errorsByField(placed),
      change: this.onChange,
      add: this.onAdd,
      remove: this.onRemove,
    };
    // The whole page takes dropped files: a file dropped beside the zone must not replace the page.
    return html`<div
      class="root"
      lang=${this.uiLang}
      @dragover=${this.onDragOver}
      @dragleave=${this.onDragLeave}
      @drop=${this.onDrop}
    >
      ${this.renderHeader()} ${this.loadError ? html`<p class="alert" role="alert">${this.loadError}</p>` : nothing}
      ${
        this.value === undefined
          ? this.loadError
            ? nothing
            : html`<p role="status">${t.loading}</p>`
          : html`<main class="layout">
              <div class="editing">${this.renderSummary(ctx, placed)} ${renderForm(ctx)}</div>
              ${this.renderPreview()}
            </main>`
      }
    </div>`;
  }
}

define('nso-editor', NsoEditor);

declare global {
  interface HTMLElementTagNameMap {
    'nso-editor': NsoEditor;
  }
}
