/**
 * The dataset form, rendered from the value itself: objects become fieldsets,
 * arrays lists with add and remove buttons, strings text boxes or choices,
 * numbers number boxes, booleans checkboxes. Every control has a label and the
 * id of its path, so an error at that path can point to it. Templates only:
 * the state lives in <nso-editor>.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { labelColon } from '../dataset/messages.ts';
import { LANG_TAG, type CountryCode } from '../dataset/schema.ts';
import { countryName } from '../i18n/country-names.ts';
import { fieldMessage, type PlacedError } from './errors.ts';
import type { EditorStrings, UiLang } from './editor.strings.ts';
import {
  choicesAt,
  isCount,
  isCountryCode,
  isEnum,
  isLongText,
  isNumber,
  isRemovableKey,
  isSourceFile,
  itemTag,
  listName,
  missingKeys,
  newItem,
  newTranslation,
  recordKind,
  typedNumber,
} from './form-model.ts';
import { getAt, pathId, type Path } from './paths.ts';

export interface FormContext {
  root: unknown;
  lang: UiLang;
  strings: EditorStrings;
  /** Errors by the id of the field that shows them. */
  errors: ReadonlyMap<string, readonly PlacedError[]>;
  change(path: Path, value: unknown): void;
  /** Adds `value` at `path` (a new key, or one past a list's end); `name` is announced. */
  add(path: Path, value: unknown, name: string): void;
  remove(path: Path, name: string): void;
  /** A control took focus: the editor follows which source and which excerpt or passage are at hand. */
  focus(path: Path): void;
  /** The source a new item starts with: the one last used. */
  source: string | undefined;
  /** Names of the source texts kept in the browser, offered for a source's file. */
  keptTexts: readonly string[];
  /** Warnings (not errors) by the id of the item that shows them. */
  warnings: ReadonlyMap<string, readonly string[]>;
}

/** "BH — Bahreïn". A dropped file may hold an invalid code, which Intl refuses: then the code alone. */
function countryLabel(code: string, lang: UiLang): string {
  try {
    return `${code} — ${countryName(code as CountryCode, lang)}`;
  } catch {
    return code;
  }
}

/** The label of one step of a path: a field name, or an item's number and id ("Chiffre 4 : amende"). */
export function itemLabel(ctx: FormContext, path: Path): string {
  const key = path[path.length - 1];
  if (key === undefined) return ctx.strings.form;
  if (typeof key === 'number') {
    const item = ctx.strings.item(listName(path.slice(0, -1)), key + 1);
    const tag = itemTag(getAt(ctx.root, path));
    return tag ? `${item}${labelColon(ctx.lang)}${tag}` : item;
  }
  return ctx.strings.fields[key] ?? key;
}

/** "Chiffres › Chiffre 1 : devices › Valeur": where a field is, in the form's words. */
export function pathLabel(ctx: FormContext, path: Path): string {
  if (path.length === 0) return ctx.strings.form;
  return path.map((_, i) => itemLabel(ctx, path.slice(0, i + 1))).join(' › ');
}

const messageId = (id: string) => `${id}-msg`;

/** The dataset file's format keys: its JSON Schema and its format version. */
const FILE_KEYS = new Set(['$schema', 'version']);

function messages(ctx: FormContext, id: string): TemplateResult | typeof nothing {
  const placed = ctx.errors.get(id);
  const warnings = ctx.warnings.get(id);
  if (!placed && !warnings) return nothing;
  return html`<div class="messages" id=${messageId(id)}>
    ${placed?.map((p) => html`<p class="message">${fieldMessage(p, ctx.lang)}</p>`)}
    ${warnings?.map((w) => html`<p class="warning">${w}</p>`)}
  </div>`;
}

function removeButton(ctx: FormContext, path: Path, name: string): TemplateResult {
  return html`<button type="button" class="remove" @click=${() => ctx.remove(path, name)}>
    ${ctx.strings.remove}<span class="visually-hidden"> ${name}</span>
  </button>`;
}

/** Any JSON value at `path`, with its label and an optional action (a remove button). */
function node(ctx: FormContext, path: Path, value: unknown, action?: TemplateResult): TemplateResult {
  const label = itemLabel(ctx, path);
  if (Array.isArray(value)) return list(ctx, path, value, label, action);
  if (typeof value === 'object' && value !== null) return record(ctx, path, value, label, action);
  return control(ctx, path, value, label, action);
}

function group(
  ctx: FormContext,
  path: Path,
  label: string,
  action: TemplateResult | undefined,
  body: TemplateResult,
  kind: string,
): TemplateResult {
  const id = pathId(path);
  const invalid = ctx.errors.has(id);
  const described = invalid || ctx.warnings.has(id);
  return html`<fieldset
    id=${id}
    class="group ${kind} depth-${Math.min(path.length, 4)} ${invalid ? 'invalid' : ''}"
    tabindex="-1"
    aria-describedby=${ifDefined(described ? messageId(id) : undefined)}
  >
    <legend>${label}</legend>
    ${action ? html`<div class="group-actions">${action}</div>` : nothing} ${messages(ctx, id)} ${body}
  </fieldset>`;
}

function list(
  ctx: FormContext,
  path: Path,
  items: unknown[],
  label: string,
  action: TemplateResult | undefined,
): TemplateResult {
  const template = newItem(ctx.root, path, ctx.source);
  const name = (i: number) => itemLabel(ctx, [...path, i]);
  const body = html`${
    items.length > 0
      ? html`<ol class="items">
          ${items.map(
            (item, i) => html`<li>${node(ctx, [...path, i], item, removeButton(ctx, [...path, i], name(i)))}</li>`,
          )}
        </ol>`
      : nothing
  }
  ${
    template === undefined
      ? nothing
      : html`<button
          type="button"
          class="add"
          id=${`${pathId(path)}-add`}
          @click=${() => ctx.add([...path, items.length], newItem(ctx.root, path, ctx.source), name(items.length))}
        >
          ${ctx.strings.add}${labelColon(ctx.lang)}${ctx.strings.item(listName(path), items.length + 1)}
        </button>`
  }`;
  return group(ctx, path, label, action, body, 'list');
}

function record(
  ctx: FormContext,
  path: Path,
  value: object,
  label: string,
  action: TemplateResult | undefined,
): TemplateResult {
  const kind = recordKind(path);
  const children = Object.entries(value).map(([key, child]) => {
    const childPath = [...path, key];
    // The file's own bookkeeping is no desk editor's business: shown only when it is wrong.
    if (path.length === 0 && FILE_KEYS.has(key) && !ctx.errors.has(pathId(childPath))) return nothing;
    const remove = isRemovableKey(childPath) ? removeButton(ctx, childPath, itemLabel(ctx, childPath)) : undefined;
    return node(ctx, childPath, child, remove);
  });
  const offered = missingKeys(ctx.root, path, ctx.source).filter(([key]) => !(path.length === 0 && key === '$schema'));
  const missing = offered.map(([key, initial]) => {
    const name = ctx.strings.fields[key] ?? key;
    return html`<button type="button" class="add" @click=${() => ctx.add([...path, key], initial, name)}>
      ${ctx.strings.add}${labelColon(ctx.lang)}${name}
    </button>`;
  });
  const body = html`${children} ${missing.length > 0 ? html`<div class="add-fields">${missing}</div>` : nothing}
  ${kind === 'fields' ? nothing : addLanguage(ctx, path, value, kind)}`;
  return group(ctx, path, label, action, body, path.length === 0 ? 'root' : 'record');
}

function addLanguage(
  ctx: FormContext,
  path: Path,
  value: object,
  kind: 'localized' | 'translations' | 'names',
): TemplateResult {
  const id = `${pathId(path)}-newlang`;
  const submit = (input: HTMLInputElement | null | undefined) => {
    const tag = input?.value.trim() ?? '';
    if (!input || !tag || Object.hasOwn(value, tag)) return;
    const initial = kind === 'translations' ? newTranslation(ctx.root, path.slice(0, -1)) : '';
    ctx.add([...path, tag], initial, tag);
    input.value = '';
  };
  return html`<div class="add-lang">
    <label for=${id}>${ctx.strings.languageCode}</label>
    <input
      id=${id}
      type="text"
      size="6"
      autocomplete="off"
      spellcheck="false"
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Enter') submit(e.currentTarget as HTMLInputElement);
      }}
    />
    <button
      type="button"
      class="add"
      @click=${(e: Event) => submit((e.currentTarget as HTMLElement).parentElement?.querySelector('input'))}
    >
      ${ctx.strings.addLanguage}
    </button>
  </div>`;
}

/** The language of a text box, when its key is a language (lets spelling and speech follow it). */
function textLang(path: Path): string | undefined {
  const key = path[path.length - 1];
  const parentKind = recordKind(path.slice(0, -1));
  if (typeof key === 'string' && (parentKind === 'localized' || parentKind === 'names') && LANG_TAG.test(key))
    return key;
  const lang = path[path.length - 2];
  if (typeof lang === 'string' && recordKind(path.slice(0, -2)) === 'translations' && LANG_TAG.test(lang)) return lang;
  return undefined;
}

function control(
  ctx: FormContext,
  path: Path,
  value: unknown,
  label: string,
  action: TemplateResult | undefined,
): TemplateResult {
  const id = pathId(path);
  const invalid = ctx.errors.has(id);
  const describedBy = invalid ? messageId(id) : undefined;
  const ariaInvalid = invalid ? 'true' : undefined;
  const text = (event: Event) => (event.target as HTMLInputElement).value;
  let input: TemplateResult;
  if (typeof value === 'boolean') {
    return html`<div class="field check ${invalid ? 'invalid' : ''}">
      <input
        id=${id}
        type="checkbox"
        .checked=${live(value)}
        aria-invalid=${ifDefined(ariaInvalid)}
        aria-describedby=${ifDefined(describedBy)}
        @change=${(e: Event) => ctx.change(path, (e.target as HTMLInputElement).checked)}
      />
      <label for=${id}>${label}</label> ${action ?? nothing} ${messages(ctx, id)}
    </div>`;
  }
  const choices = choicesAt(ctx.root, path);
  const shown = value === null || value === undefined ? '' : String(value);
  if (choices && typeof value === 'string') {
    const options = choices.includes(value) ? choices : [value, ...choices];
    const optionLabel = (choice: string) => {
      if (choice === '') return ctx.strings.choose;
      if (isCountryCode(path)) return countryLabel(choice, ctx.lang);
      return (isEnum(path) ? ctx.strings.choices[choice] : undefined) ?? choice;
    };
    input = html`<select
      id=${id}
      aria-invalid=${ifDefined(ariaInvalid)}
      aria-describedby=${ifDefined(describedBy)}
      @focus=${() => ctx.focus(path)}
      @change=${(e: Event) => ctx.change(path, text(e))}
    >
      ${options.map((choice) => html`<option value=${choice} ?selected=${choice === value}>${optionLabel(choice)}</option>`)}
    </select>`;
  } else if (isCount(path)) {
    // Empty means the article does not give the number: the schema's "not-disclosed".
    input = html`<input
      id=${id}
      type="text"
      inputmode="numeric"
      placeholder=${ctx.strings.notDisclosed}
      .value=${live(value === 'not-disclosed' ? '' : shown)}
      aria-invalid=${ifDefined(ariaInvalid)}
      aria-describedby=${ifDefined(describedBy)}
      @input=${(e: Event) => {
        const typed = typedNumber(text(e));
        ctx.change(path, typed === null ? 'not-disclosed' : typed);
      }}
    />`;
  } else if (isNumber(path) || typeof value === 'number') {
    // Text, not type="number": Chromium drops a comma it does not expect ("1,5" became 15) without a word.
    input = html`<input
      id=${id}
      type="text"
      inputmode="decimal"
      .value=${live(shown)}
      aria-invalid=${ifDefined(ariaInvalid)}
      aria-describedby=${ifDefined(describedBy)}
      @input=${(e: Event) => ctx.change(path, typedNumber(text(e)))}
    />`;
  } else if (isLongText(path)) {
    input = html`<textarea
      id=${id}
      rows=${Math.min(8, Math.max(2, Math.ceil(shown.length / 70)))}
      dir="auto"
      lang=${ifDefined(textLang(path))}
      .value=${live(shown)}
      aria-invalid=${ifDefined(ariaInvalid)}
      aria-describedby=${ifDefined(describedBy)}
      @focus=${() => ctx.focus(path)}
      @input=${(e: Event) => ctx.change(path, text(e))}
    ></textarea>`;
  } else {
    const file = isSourceFile(path);
    input = html`<input
        id=${id}
        type="text"
        dir="auto"
        lang=${ifDefined(textLang(path))}
        list=${ifDefined(file && ctx.keptTexts.length > 0 ? `${id}-kept` : undefined)}
        .value=${live(shown)}
        aria-invalid=${ifDefined(ariaInvalid)}
        aria-describedby=${ifDefined(describedBy)}
        @focus=${() => ctx.focus(path)}
        @input=${(e: Event) => ctx.change(path, text(e))}
      />${
        file && ctx.keptTexts.length > 0
          ? html`<datalist id=${`${id}-kept`}>
              ${ctx.keptTexts.map((name) => html`<option value=${`sources/${name}`}></option>`)}
            </datalist>`
          : nothing
      }`;
  }
  return html`<div class="field ${invalid ? 'invalid' : ''}">
    <div class="field-head"><label for=${id}>${label}</label> ${action ?? nothing}</div>
    ${input} ${messages(ctx, id)}
  </div>`;
}

/** The whole form. */
export function renderForm(ctx: FormContext): TemplateResult {
  return node(ctx, [], ctx.root);
}
