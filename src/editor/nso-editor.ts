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
import { EDITOR_STRINGS, UI_LANGS, type EditorStrings, type UiLang } from './editor.strings.ts';
import { errorsByField, fieldMessage, placeErrors, type PlacedError } from './errors.ts';
import { itemLabel, pathLabel, renderForm, type FormContext } from './form.ts';
import { isSourceRef, sourcePathOf } from './form-model.ts';
import { datasetFileText } from './json-file.ts';
import { missingLanguages } from './languages.ts';
import { editorStyles } from './nso-editor.styles.ts';
import { getAt, pathId, removeAt, setAt, type Path } from './paths.ts';
import { wholeWords } from './selection.ts';
import { clearTexts, keepText, readTexts } from './text-store.ts';
import { usesOf } from './uses.ts';
import { zipFiles } from './zip.ts';

const sourceFiles = (value: unknown): string[] => {
  const sources = (value as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) return [];
  return sources
    .map((source) => (source as { file?: unknown } | null)?.file)
    .filter((file): file is string => typeof file === 'string' && TXT_FILE.test(file));
};

const fileName = (path: string) => path.split('/').pop() ?? path;

/** Milliseconds of quiet typing before an edit's new source files are fetched. */
const SETTLE_MS = 400;
/** Keystrokes in one field closer than this are one step of undo. */
const MERGE_MS = 1000;
/** How many steps of undo are kept. */
const HISTORY = 200;

/** Each language in its own words, as language pickers write them. */
const LANG_NAMES: Record<Lang, string> = { fr: 'Français', en: 'English', ar: 'العربية' };

/** A message of the editor's own, written in whichever language the editor is in when it shows. */
type Said = (t: EditorStrings, lang: UiLang) => string;

/** Whether `path` lies inside (or is) `item`. */
const within = (path: Path, item: Path) => item.every((key, i) => path[i] === key);

/**
 * The dataset editor page: a form for every field of the dataset, the source
 * text beside it (selecting a passage fills an excerpt), the live graphic,
 * validation on every change with the same schema and provenance checks as
 * `npm run validate`, undo and redo, a draft kept in the browser with the
 * source texts dropped on it, and export as a file ready to publish (a zip of
 * the dataset and its sources), as JSON or to the clipboard. It reads the
 * published dataset and never writes it back.
 *
 * It is the page's only element, so it also sets the document's language
 * and title, takes Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z for the whole page, and
 * warns before the page closes with unexported changes.
 *
 * @cssprop --nso-focus - focus ring colour (and every other token of src/theme.ts)
 */
export class NsoEditor extends LitElement {
  static override styles = [themeStyles, editorStyles];
  static override properties: PropertyDeclarations = {
    src: {},
    uiLang: { state: true },
    previewLang: { state: true },
    sideBySide: { state: true },
    value: { state: true },
    published: { state: true },
    lastValid: { state: true },
    kept: { state: true },
    fetched: { state: true },
    loadError: { state: true },
    notice: { state: true },
    status: { state: true },
    rejected: { state: true },
    dragging: { state: true },
    exported: { state: true },
    target: { state: true },
    shownSource: { state: true },
    fresh: { state: true },
  };

  /** The published dataset, relative to the page; source texts are read relative to it. */
  src = 'data/dataset.json';

  private uiLang: UiLang = 'fr';
  private previewLang: Lang = 'fr';
  /** The preview shows the three languages side by side. */
  private sideBySide = false;
  /** The dataset being edited: any JSON value, valid or not. */
  private value: unknown = undefined;
  private published: unknown = undefined;
  private lastValid?: Dataset;
  /** Source texts dropped by the editor, by file name, kept in the browser with the draft. */
  private kept: ReadonlyMap<string, string> = new Map();
  /** Source texts fetched beside the published dataset, by the path a source names. */
  private fetched: ReadonlyMap<string, string> = new Map();
  private loadError?: Said;
  private notice?: Said;
  private status?: Said;
  /** Why the last file picked or dropped was not opened; cleared when one is. */
  private rejected?: Said;
  private dragging = false;
  /** False while there are changes not yet downloaded or copied. */
  private exported = true;
  /** The excerpt or passage that a selection in the source pane fills. */
  private target?: Path;
  /** The id of the source whose text the pane shows. */
  private shownSource?: string;

  /** The last valid version kept with a restored draft: the preview while the draft has errors. */
  private restoredValid?: unknown;
  /** The published dataset as JSON text, to tell an edited dataset from it in one comparison. */
  private publishedJson = '';
  /** Source texts by the path each source names: a kept text wins over a fetched one. */
  private sourceTexts: ReadonlyMap<string, string> = new Map();
  /** The validator's errors for `value`, recomputed in willUpdate whenever it or the sources change. */
  private errors: readonly DatasetError[] = [];
  /** Values before each edit (undo) and after each undone one (redo). */
  private past: unknown[] = [];
  private future: unknown[] = [];
  /** The field and time of the last edit, so that typing in one field is one step of undo. */
  private lastEdit?: { key: string; at: number };
  /** New items not yet left: their errors wait until then, or until the dataset is saved. */
  private fresh: Path[] = [];
  /** The source last chosen or quoted from: new items start with it. */
  private lastSource?: string;
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
    window.addEventListener('keydown', this.onKeyDown);
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    window.removeEventListener('keydown', this.onKeyDown);
    clearTimeout(this.fetching);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const key = (name: string) => name as keyof NsoEditor;
    if (changed.has(key('value')) || changed.has(key('kept')) || changed.has(key('fetched'))) {
      this.sourceTexts = new Map(
        sourceFiles(this.value).flatMap((file) => {
          const text = this.kept.get(fileName(file)) ?? this.fetched.get(file);
          return text === undefined ? [] : [[file, text] as const];
        }),
      );
      this.validate();
    }
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

  /** Loads the published dataset, the kept source texts, then the draft if there is one. */
  private async start(): Promise<void> {
    const kept = readTexts();
    try {
      const response = await fetch(this.datasetUrl, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(String(response.status));
      const parsed = parseDatasetText(await response.text());
      if (!parsed.ok) {
        const failure = parsed.failure;
        this.loadError = (t, lang) => `${t.loadFailed} (${formatParseFailure(failure, lang)})`;
      } else {
        this.published = parsed.value;
        this.publishedJson = JSON.stringify(parsed.value);
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.loadError = (t) => `${t.loadFailed} (${reason})`;
    }
    this.kept = await kept;
    const draft = readDraft(localStorage);
    if (draft && JSON.stringify(draft.value) !== this.publishedJson) {
      this.value = draft.value;
      this.restoredValid = draft.lastValid;
      this.exported = draft.exported;
      const when = new Date(draft.savedAt);
      this.notice = (t, lang) =>
        t.draftRestored(
          Number.isNaN(when.getTime())
            ? draft.savedAt
            : new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(when),
        );
    } else {
      this.value = this.published;
    }
    await this.loadSources();
  }

  /** Fetches the source texts the dataset names, relative to the published dataset. */
  private async loadSources(): Promise<void> {
    // Texts the editor dropped are never fetched: theirs win.
    const missing = sourceFiles(this.value).filter(
      (file) => !this.requested.has(file) && !this.kept.has(fileName(file)),
    );
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
          // The validator reports it: the source's text is missing.
        }
      }),
    );
    this.fetched = new Map([...this.fetched, ...texts]);
  }

  private validate(): void {
    if (this.value === undefined) return;
    const result = validateDataset(this.value, { sourceTexts: this.sourceTexts });
    this.errors = result.ok ? [] : result.errors;
    if (result.ok) this.lastValid = result.dataset;
    else if (!this.lastValid) {
      // A draft restored mid-edit is invalid: preview its last valid version, else the published dataset.
      for (const candidate of [this.restoredValid, this.published]) {
        const earlier = validateDataset(candidate, { sourceTexts: this.sourceTexts });
        if (!earlier.ok) continue;
        this.lastValid = earlier.dataset;
        break;
      }
    }
  }

  /** Keeps the draft in the browser, or forgets it once it is the published dataset again. */
  private store(value: unknown): void {
    this.exported = JSON.stringify(value) === this.publishedJson;
    if (this.exported) clearDraft(localStorage);
    else if (
      !writeDraft(localStorage, {
        value,
        savedAt: new Date().toISOString(),
        exported: false,
        lastValid: this.lastValid,
      })
    ) {
      this.status = (t) => t.draftNotSaved;
    }
  }

  /**
   * Every edit goes through here: one step of undo (typing in one field, `merge`, is one step), validation, the
   * preview, the draft.
   */
  private commit(value: unknown, merge?: string): void {
    const now = Date.now();
    const continues = merge !== undefined && this.lastEdit?.key === merge && now - this.lastEdit.at < MERGE_MS;
    if (!continues) {
      this.past = [...this.past.slice(-(HISTORY - 1)), this.value];
      this.future = [];
    }
    this.lastEdit = merge === undefined ? undefined : { key: merge, at: now };
    this.value = value;
    this.store(value);
    // New source files are fetched once typing pauses: a half-typed file name is never requested.
    clearTimeout(this.fetching);
    this.fetching = setTimeout(() => void this.loadSources(), SETTLE_MS);
  }

  private undo(): void {
    const previous = this.past.at(-1);
    if (previous === undefined) {
      this.status = (t) => t.nothingToUndo;
      return;
    }
    this.past = this.past.slice(0, -1);
    this.future = [...this.future, this.value];
    this.travel(previous, (t) => t.undone);
  }

  private redo(): void {
    const next = this.future.at(-1);
    if (next === undefined) {
      this.status = (t) => t.nothingToRedo;
      return;
    }
    this.future = this.future.slice(0, -1);
    this.past = [...this.past, this.value];
    this.travel(next, (t) => t.redone);
  }

  private travel(value: unknown, said: Said): void {
    this.lastEdit = undefined;
    this.fresh = [];
    this.value = value;
    this.store(value);
    this.status = said;
    void this.loadSources();
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || this.value === undefined) return;
    const key = event.key.toLowerCase();
    if (key === 'z') {
      event.preventDefault();
      if (event.shiftKey) this.redo();
      else this.undo();
    } else if (key === 'y' && !event.shiftKey) {
      event.preventDefault();
      this.redo();
    }
  };

  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (this.exported) return;
    event.preventDefault();
    // Older browsers need returnValue set to show the prompt.
    event.returnValue = '';
  };

  private readonly onChange = (path: Path, value: unknown) => {
    const namesSource = path.length === 3 && path[0] === 'sources' && path[2] === 'id';
    if ((isSourceRef(path) || namesSource) && typeof value === 'string') {
      this.lastSource = value;
      this.shownSource = value;
    }
    this.commit(setAt(this.value, path, value), pathId(path));
  };

  private readonly onAdd = (path: Path, value: unknown, name: string) => {
    this.commit(setAt(this.value, path, value));
    // A new entry's errors wait until the editor leaves it: it is not wrong before anything is typed in it.
    if (typeof value === 'object' && value !== null) this.fresh = [...this.fresh, path];
    this.pendingFocus = { id: pathId(path), into: true };
    this.status = (t) => t.added(name);
  };

  private readonly onFocus = (path: Path) => {
    const sourcePath = sourcePathOf(path);
    if (sourcePath) {
      this.target = path;
      const source = getAt(this.value, sourcePath);
      if (typeof source === 'string' && source !== '') {
        this.shownSource = source;
        this.lastSource = source;
      }
    } else if (path[0] === 'sources' && typeof path[1] === 'number') {
      // A source being written is the one its items will come from.
      const id = getAt(this.value, ['sources', path[1], 'id']);
      if (typeof id === 'string' && id !== '') {
        this.shownSource = id;
        this.lastSource = id;
      }
    } else if (isSourceRef(path)) {
      const id = getAt(this.value, path);
      if (typeof id === 'string' && id !== '') this.shownSource = id;
    }
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    if (this.fresh.length === 0) return;
    const next = event.relatedTarget as Node | null;
    // Focus lost to nothing (a click on text) or to the source pane, which fills the item, is not leaving it.
    if (!next || this.renderRoot.querySelector('.source-pane')?.contains(next)) return;
    const left = this.fresh.filter((path) => !this.renderRoot.querySelector(`#${pathId(path)}`)?.contains(next));
    if (left.length > 0) this.fresh = this.fresh.filter((path) => !left.includes(path));
  };

  private itemName(path: Path): string {
    return itemLabel(this.formContext(), path);
  }

  private readonly onRemove = (path: Path, name: string) => {
    // An entry that others refer to goes only once the editor has read which: they would lose their reference.
    const uses = usesOf(this.value, path).map((use) => this.itemName(use));
    if (uses.length > 0 && !window.confirm(this.strings.removeUsed(name, uses))) return;
    this.fresh = [];
    this.commit(removeAt(this.value, path));
    // Focus stays in the place it was: the list (or object) that held the item.
    this.pendingFocus = { id: pathId(path.slice(0, -1)), into: false };
    this.status = (t) => t.removed(name);
  };

  /** Fills the excerpt or passage at hand with the words selected in the source pane, and quotes that source. */
  private readonly onSourceSelect = () => {
    const pane = this.renderRoot.querySelector('.source-text');
    const root = this.renderRoot as ShadowRoot & { getSelection?: () => Selection | null };
    const selection = root.getSelection?.() ?? document.getSelection();
    if (!pane || !selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!pane.contains(range.commonAncestorContainer)) return;
    const node = range.startContainer;
    let text = selection.toString().trim();
    if (node === range.endContainer && node.nodeType === Node.TEXT_NODE) {
      // The selection shows what is taken: the whole words it cut.
      const { from, to } = wholeWords(node.textContent ?? '', range.startOffset, range.endOffset);
      text = (node.textContent ?? '').slice(from, to);
      selection.setBaseAndExtent(node, from, node, to);
    }
    if (text === '') return;
    const target = this.target;
    const source = this.shownSource;
    const sourcePath = target && sourcePathOf(target);
    if (!target || !sourcePath || source === undefined) {
      this.status = (t) => t.selectTargetFirst;
      return;
    }
    this.commit(setAt(setAt(this.value, sourcePath, source), target, text));
    this.lastSource = source;
    const label = pathLabel(this.formContext(), target);
    this.status = (t) => t.filledFromSource(label);
  };

  private async openFiles(files: Iterable<File>): Promise<void> {
    const list = [...files];
    const json = list.find((file) => !file.name.endsWith('.txt'));
    let value = this.value;
    if (json) {
      const parsed = parseDatasetText(await json.text());
      if (!parsed.ok) {
        // An alert of its own, not the status line: the dataset below, still the one being edited, may be valid.
        const failure = parsed.failure;
        this.rejected = (t, lang) => t.fileRejected(json.name, formatParseFailure(failure, lang));
        this.status = undefined;
        return;
      }
      // An opened file replaces the draft: as "Revert", it asks first when the draft holds unexported changes.
      if (!this.exported && !window.confirm(this.strings.openConfirm(json.name))) return;
      value = parsed.value;
    }
    // Source texts are kept by file name whenever they come: a source that names the file later finds its text.
    const texts = list.filter((f) => f.name.endsWith('.txt'));
    const kept = new Map(this.kept);
    let stored = true;
    for (const file of texts) {
      const text = await file.text();
      kept.set(file.name, text);
      stored = (await keepText(file.name, text)) && stored;
    }
    this.kept = kept;
    this.notice = undefined;
    if (json) this.commit(value);
    this.rejected = undefined;
    const named = new Set(sourceFiles(value).map(fileName));
    const waiting = texts.map((f) => f.name).filter((name) => !named.has(name));
    const opened = list.map((f) => f.name).join(', ');
    this.status = (t) =>
      [t.fileOpened(opened), ...waiting.map((name) => t.textWaiting(name)), ...(stored ? [] : [t.textNotKept])].join(
        ' ',
      );
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

  private markExported(said: Said): void {
    this.exported = true;
    this.fresh = [];
    writeDraft(localStorage, {
      value: this.value,
      savedAt: new Date().toISOString(),
      exported: true,
      lastValid: this.lastValid,
    });
    this.status = said;
  }

  private save(blob: Blob, name: string): void {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    // Revoked after the click has started the download.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** A dataset with errors is saved as a draft, under a name that no publishing step takes for the dataset. */
  private saveDraft(): void {
    this.save(new Blob([datasetFileText(this.value)], { type: 'application/json' }), 'dataset.draft.json');
    this.markExported((t) => t.downloadedDraft);
  }

  private readonly onPublish = async () => {
    if (this.errors.length > 0) {
      this.saveDraft();
      return;
    }
    const files = sourceFiles(this.value).flatMap((file) => {
      const text = this.sourceTexts.get(file);
      return text === undefined ? [] : [{ name: file, text }];
    });
    const blob = await zipFiles([{ name: 'dataset.json', text: datasetFileText(this.value) }, ...files]);
    this.save(blob, 'dataset.zip');
    this.markExported((t) => t.downloadedZip(files.length));
  };

  private readonly onDownload = () => {
    if (this.errors.length > 0) {
      this.saveDraft();
      return;
    }
    this.save(new Blob([datasetFileText(this.value)], { type: 'application/json' }), 'dataset.json');
    this.markExported((t) => t.downloaded);
  };

  private readonly onCopy = async () => {
    try {
      await navigator.clipboard.writeText(datasetFileText(this.value));
      this.markExported((t) => t.copied);
    } catch {
      this.status = (t) => t.copyFailed;
    }
  };

  private readonly onReset = () => {
    if (!this.exported && !window.confirm(this.strings.resetConfirm)) return;
    this.commit(this.published);
    // The dropped texts belong to the draft that is discarded.
    this.kept = new Map();
    void clearTexts();
    this.fresh = [];
    this.notice = undefined;
    this.status = (t) => t.resetDone;
  };

  private readonly onSummaryLink = (event: Event, id: string) => {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  };

  private formContext(
    errors: ReadonlyMap<string, readonly PlacedError[]> = new Map(),
    warnings: ReadonlyMap<string, readonly string[]> = new Map(),
  ): FormContext {
    return {
      root: this.value,
      lang: this.uiLang,
      strings: this.strings,
      errors,
      warnings,
      change: this.onChange,
      add: this.onAdd,
      remove: this.onRemove,
      focus: this.onFocus,
      source: this.lastSource,
      keptTexts: [...this.kept.keys()],
    };
  }

  private renderHeader(): TemplateResult {
    const t = this.strings;
    const lang = this.uiLang;
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
          <button type="button" class="primary" @click=${this.onPublish}>${t.publish}</button>
          <button type="button" @click=${this.onDownload}>${t.download}</button>
          <button type="button" @click=${this.onCopy}>${t.copy}</button>
          <button type="button" aria-keyshortcuts="Control+Z Meta+Z" @click=${() => this.undo()}>${t.undo}</button>
          <button type="button" aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z" @click=${() => this.redo()}>
            ${t.redo}
          </button>
          <button type="button" @click=${this.onReset}>${t.reset}</button>
        </div>
      </div>
      ${this.notice ? html`<p class="draft-notice">${this.notice(t, lang)}</p>` : nothing}
      <p class="editor-status" role="status">${this.status?.(t, lang) ?? ''}</p>
      ${this.rejected ? html`<p class="alert" role="alert">${this.rejected(t, lang)}</p>` : nothing}
    </header>`;
  }

  private renderSummary(ctx: FormContext, placed: readonly PlacedError[], hidden: number): TemplateResult {
    const t = this.strings;
    const warnings = missingLanguages(this.value);
    // One template in both states, so the live region stays in the page and is heard when its text changes: with
    // the count of errors, not at every keystroke (the list below is not live).
    return html`<div aria-live="polite">
        ${
          placed.length === 0 && hidden === 0
            ? html`<p class="valid-note">${t.valid}</p>`
            : placed.length === 0
              ? html`<p class="valid-note pending">${t.pending}</p>`
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
      }
      ${
        warnings.length === 0
          ? nothing
          : html`<section class="warning-summary" aria-labelledby="warnings-title">
              <h2 id="warnings-title">${t.warningsTitle(warnings.length)}</h2>
              <ul>
                ${warnings.map(({ path, langs }) => {
                  const id = pathId(path);
                  return html`<li>
                    <a href=${`#${id}`} @click=${(e: Event) => this.onSummaryLink(e, id)}>${itemLabel(ctx, path)}</a>
                    — ${t.missingLanguages(this.languageNames(langs))}
                  </li>`;
                })}
              </ul>
            </section>`
      }`;
  }

  private languageNames(langs: readonly string[]): string {
    const names = new Intl.DisplayNames(this.uiLang, { type: 'language' });
    const named = langs.map((lang) => {
      try {
        return `${names.of(lang) ?? lang} (${lang})`;
      } catch {
        return lang;
      }
    });
    return new Intl.ListFormat(this.uiLang, { type: 'conjunction' }).format(named);
  }

  private renderSourcePane(): TemplateResult {
    const t = this.strings;
    const sources = getAt(this.value, ['sources']);
    const list = Array.isArray(sources) ? sources : [];
    const ids = list.map((s) => getAt(s, ['id'])).filter((id): id is string => typeof id === 'string' && id !== '');
    const shown = this.shownSource !== undefined && ids.includes(this.shownSource) ? this.shownSource : ids[0];
    const source = list.find((s) => getAt(s, ['id']) === shown);
    const file = getAt(source, ['file']);
    const text = typeof file === 'string' ? this.sourceTexts.get(file) : undefined;
    const lang = getAt(source, ['lang']);
    const target = this.target && getAt(this.value, this.target) !== undefined ? this.target : undefined;
    return html`<section class="source-pane" aria-labelledby="source-title">
      <div class="pane-head">
        <h2 id="source-title">${t.sourcePane}</h2>
        <label for="shown-source">${t.shownSource}</label>
        <select id="shown-source" @change=${(e: Event) => (this.shownSource = (e.target as HTMLSelectElement).value)}>
          ${ids.map((id) => html`<option value=${id} ?selected=${id === shown}>${id}</option>`)}
        </select>
      </div>
      <p class="pane-hint">${target ? t.selectToFill(pathLabel(this.formContext(), target)) : t.selectTargetFirst}</p>
      ${
        text === undefined
          ? html`<p class="pane-missing">${t.noSourceText(typeof file === 'string' ? fileName(file) : '')}</p>`
          : html`<div
              class="source-text"
              tabindex="0"
              role="document"
              aria-label=${t.sourceText(shown ?? '')}
              lang=${typeof lang === 'string' ? lang : 'fr'}
              @pointerup=${this.onSourceSelect}
              @keyup=${this.onSourceSelect}
            >
              ${text}
            </div>`
      }
    </section>`;
  }

  private renderPreview(): TemplateResult {
    const t = this.strings;
    const stale = this.errors.length > 0;
    const langs = this.sideBySide ? LANGS : [this.previewLang];
    return html`<section class="preview ${this.sideBySide ? 'side-by-side' : ''}" aria-labelledby="preview-title">
      <div class="preview-head">
        <h2 id="preview-title">${t.previewTitle}</h2>
        <label for="preview-lang">${t.previewLang}</label>
        <select
          id="preview-lang"
          ?disabled=${this.sideBySide}
          @change=${(e: Event) => (this.previewLang = (e.target as HTMLSelectElement).value as Lang)}
        >
          ${LANGS.map(
            (lang) =>
              html`<option value=${lang} lang=${lang} ?selected=${lang === this.previewLang}>
                ${LANG_NAMES[lang]}
              </option>`,
          )}
        </select>
        <span class="check">
          <input
            id="side-by-side"
            type="checkbox"
            .checked=${this.sideBySide}
            @change=${(e: Event) => (this.sideBySide = (e.target as HTMLInputElement).checked)}
          />
          <label for="side-by-side">${t.sideBySide}</label>
        </span>
      </div>
      ${stale ? html`<p class="preview-stale">${this.lastValid ? t.previewStale : t.previewNone}</p>` : nothing}
      ${
        this.lastValid
          ? html`<div class="previews">
              ${langs.map((lang) => html`<nso-graphic lang=${lang} .data=${this.lastValid}></nso-graphic>`)}
            </div>`
          : nothing
      }
    </section>`;
  }

  override render(): TemplateResult {
    const t = this.strings;
    const all = placeErrors(this.value, this.errors);
    // A new item's errors wait until it is left: it is shown unflagged while the editor fills it in.
    const placed = all.filter((p) => !this.fresh.some((item) => within(p.error.path, item)));
    const warnings = new Map<string, string[]>(
      missingLanguages(this.value).map(({ path, langs }) => [
        pathId(path),
        [t.missingLanguages(this.languageNames(langs))],
      ]),
    );
    const ctx = this.formContext(errorsByField(placed), warnings);
    // The whole page takes dropped files: a file dropped beside the zone must not replace the page.
    return html`<div
      class="root"
      lang=${this.uiLang}
      @dragover=${this.onDragOver}
      @dragleave=${this.onDragLeave}
      @drop=${this.onDrop}
      @focusout=${this.onFocusOut}
    >
      ${this.renderHeader()}
      ${this.loadError ? html`<p class="alert" role="alert">${this.loadError(t, this.uiLang)}</p>` : nothing}
      ${
        this.value === undefined
          ? this.loadError
            ? nothing
            : html`<p role="status">${t.loading}</p>`
          : html`<main class="layout">
                <div class="editing">
                  ${this.renderSummary(ctx, placed, all.length - placed.length)} ${renderForm(ctx)}
                </div>
                <div class="aside">${this.renderSourcePane()} ${this.sideBySide ? nothing : this.renderPreview()}</div>
              </main>
              ${this.sideBySide ? this.renderPreview() : nothing}`
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
