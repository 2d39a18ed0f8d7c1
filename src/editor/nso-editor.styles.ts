import { css } from 'lit';

/**
 * The editor's layout: form and preview side by side when the element is wide
 * (a container query, so it follows the element, not the window), stacked
 * otherwise. Controls are at least 24 px (WCAG 2.5.8); text pairs use the
 * theme's tokens, which pass 4.5:1.
 */
export const editorStyles = css`
  .root {
    padding: 12px 16px 32px;
  }
  h1 {
    font-size: 1.5em;
    line-height: 1.2;
    margin: 0;
  }
  h2 {
    font-size: 1.15em;
    margin: 0 0 8px;
  }
  .top {
    display: grid;
    /* minmax: the file input's intrinsic width made a 360 px page scroll sideways (and see .drop). */
    grid-template-columns: minmax(0, 1fr);
    gap: 10px;
    padding-block-end: 12px;
    border-block-end: 1px solid var(--_border);
    margin-block-end: 16px;
  }
  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
  }
  .intro {
    margin: 0;
    max-width: 75ch;
    color: var(--_muted);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: stretch;
    gap: 10px;
  }
  .drop {
    flex: 1 1 280px;
    min-width: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 10px;
    padding: 8px 12px;
    border: 2px dashed var(--_muted);
    border-radius: 6px;
    background: var(--_surface);
  }
  .drop.dragging {
    border-color: var(--_focus);
    border-style: solid;
  }
  .drop label {
    font-weight: 600;
  }
  .drop input {
    /* A flex item keeps its intrinsic width (~350 px for a file input) unless allowed to shrink, as .drop. */
    min-width: 0;
    max-width: 100%;
  }
  .hint {
    color: var(--_muted);
  }
  .actions,
  .langs {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: center;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    min-height: 32px;
    min-width: 32px;
    padding: 4px 12px;
    border: 1px solid var(--_muted);
    border-radius: 6px;
    background: var(--_bg);
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface);
  }
  button.primary,
  .langs button[aria-pressed='true'] {
    background: var(--_fg);
    color: var(--_bg);
    border-color: var(--_fg);
  }
  .draft-notice {
    margin: 0;
    padding: 8px 12px;
    border-inline-start: 4px solid var(--_focus);
    background: var(--_surface);
  }
  .editor-status:empty {
    display: none;
  }
  .editor-status {
    margin: 0;
    font-weight: 600;
  }
  .layout {
    display: grid;
    /* minmax(0, …): the preview's wide table must not widen the page on a phone. */
    grid-template-columns: minmax(0, 1fr);
    gap: 24px;
  }
  @container (min-width: 1000px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
    .aside {
      position: sticky;
      inset-block-start: 0;
      max-block-size: 100vh;
      overflow: auto;
    }
  }
  .aside {
    display: grid;
    gap: 16px;
    min-width: 0;
  }
  /* The source's text beside the form: selecting in it fills the excerpt at hand. */
  .source-pane {
    padding: 8px 12px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_surface);
  }
  .pane-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 8px;
  }
  .pane-head h2 {
    display: block;
    margin-inline-end: auto;
  }
  .pane-head select {
    inline-size: auto;
  }
  .pane-hint,
  .pane-missing {
    margin: 6px 0;
  }
  .source-text {
    max-block-size: 40vh;
    overflow: auto;
    padding: 8px;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_bg);
    /* pre-wrap: the selection's text is the source's own, spaces and line breaks included. */
    white-space: pre-wrap;
    line-height: 1.5;
    cursor: text;
  }
  .source-text::selection {
    background: var(--_accent-soft);
    color: var(--_fg);
  }
  .previews {
    display: grid;
    gap: 12px;
  }
  .side-by-side .previews {
    grid-template-columns: repeat(auto-fit, minmax(300px, 1fr));
    align-items: start;
  }
  .editing {
    min-width: 0;
  }
  @container (max-width: 599px) {
    .root {
      padding-inline: 10px;
    }
    fieldset:not(.root) {
      padding-inline: 6px;
    }
    fieldset.depth-1 {
      margin-inline: -4px;
    }
  }
  .valid-note {
    margin: 0 0 12px;
    padding: 8px 12px;
    border-inline-start: 4px solid var(--_whatsapp);
    background: var(--_surface);
  }
  .error-summary {
    margin-block-end: 16px;
    padding: 10px 14px;
    border: 2px solid var(--_accent);
    border-radius: 6px;
    background: var(--_surface);
  }
  .warning-summary {
    margin-block-end: 16px;
    padding: 10px 14px;
    border: 2px dashed var(--_border);
    border-radius: 6px;
  }
  .warning-summary h2 {
    display: block;
  }
  .warning-summary ul {
    margin: 0;
    padding-inline-start: 20px;
  }
  /* A warning is not an error: the text's own colour and weight, marked by its sign. */
  .messages .warning {
    margin: 2px 0 0;
    color: var(--_fg);
    font-weight: 400;
  }
  .warning::before {
    content: 'ℹ ';
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 20px;
  }
  .error-summary li + li {
    margin-block-start: 4px;
  }
  a {
    color: var(--_focus);
  }
  fieldset {
    margin: 0 0 12px;
    padding: 8px 12px 10px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    min-width: 0;
  }
  fieldset.root {
    border: 0;
    padding: 0;
  }
  fieldset.root > legend {
    font-size: 1.15em;
  }
  fieldset.depth-1 {
    background: var(--_surface);
  }
  fieldset.depth-1 > legend {
    font-size: 1.1em;
  }
  fieldset.depth-2,
  fieldset.depth-4 {
    background: var(--_bg);
  }
  fieldset.depth-3 {
    background: var(--_surface);
  }
  legend {
    font-weight: 700;
    padding-inline: 4px;
  }
  fieldset.invalid {
    border: 2px solid var(--_accent);
  }
  fieldset:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  ol.items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .field {
    display: grid;
    gap: 2px;
    margin-block-end: 10px;
  }
  .field-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 6px;
  }
  .field label {
    font-weight: 600;
  }
  .field.check {
    grid-template-columns: auto 1fr auto;
    align-items: center;
    gap: 6px 8px;
  }
  .field.check .messages {
    grid-column: 1 / -1;
  }
  input[type='checkbox'] {
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
  }
  input:not([type='checkbox']):not([type='file']),
  select,
  textarea {
    inline-size: 100%;
    min-height: 32px;
    padding: 4px 8px;
    border: 1px solid var(--_muted);
    border-radius: 4px;
    background: var(--_bg);
  }
  textarea {
    resize: vertical;
    line-height: 1.4;
    /* Grows with its text where supported; rows= sizes it elsewhere. */
    field-sizing: content;
    min-block-size: 3.2lh;
    max-block-size: 16lh;
  }
  .field.invalid > :is(input, select, textarea) {
    border: 2px solid var(--_accent);
    background: var(--_accent-soft);
  }
  .messages {
    color: var(--_accent);
    font-weight: 600;
  }
  .message {
    margin: 2px 0 0;
  }
  .message::before {
    content: '⚠ ';
  }
  .group-actions {
    display: flex;
    justify-content: flex-end;
    margin-block: -6px 4px;
  }
  .remove {
    font-size: 0.9em;
  }
  .add {
    margin-block-start: 2px;
  }
  .add-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin-block-end: 8px;
  }
  .add-lang {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
  }
  .add-lang input[type='text'] {
    inline-size: 7em;
  }
  .preview-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 8px;
  }
  .preview-head h2 {
    margin-inline-end: auto;
  }
  .preview-head select {
    inline-size: auto;
  }
  .preview-stale {
    margin: 0 0 8px;
    padding: 6px 10px;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
  }
  .preview nso-graphic {
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  /* A file that could not be opened: framed like the error summary, so that it is not read as part of the
     dataset's status below it (which still describes the dataset being edited). */
  .alert {
    margin: 0 0 12px;
    padding: 10px 14px;
    border: 2px solid var(--_accent);
    border-radius: 6px;
    background: var(--_surface);
    font-weight: 700;
  }
`;
