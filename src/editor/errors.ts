/**
 * Where each validation error shows in the form: at its path, or, when that
 * path does not exist (a missing field), on the nearest object that does.
 */
import { labelColon } from '../dataset/messages.ts';
import type { DatasetError } from '../dataset/validate.ts';
import { EDITOR_STRINGS, type UiLang } from './editor.strings.ts';
import { nearestExisting, pathId, pathPattern, type Path } from './paths.ts';
import { missingField, problem } from './problems.ts';

export interface PlacedError {
  error: DatasetError;
  /** The path of the field that shows it. */
  at: Path;
  /** That field's id (see pathId). */
  fieldId: string;
}

export function placeErrors(root: unknown, errors: readonly DatasetError[]): PlacedError[] {
  return errors.map((error) => {
    const at = nearestExisting(root, error.path);
    return { error, at, fieldId: pathId(at) };
  });
}

/** Errors by the id of the field that shows them. */
export function errorsByField(placed: readonly PlacedError[]): Map<string, PlacedError[]> {
  const byField = new Map<string, PlacedError[]>();
  for (const item of placed) byField.set(item.fieldId, [...(byField.get(item.fieldId) ?? []), item]);
  return byField;
}

/**
 * The message for display beside the field, in the editor's words. A field
 * that stands in for a missing child names the child by its label.
 */
export function fieldMessage(placed: PlacedError, lang: UiLang): string {
  const missing = placed.error.path.slice(placed.at.length);
  const message = problem(placed.error, pathPattern(placed.error.path), lang);
  if (missing.length === 0) return message;
  const key = missing[missing.length - 1]!;
  const label = typeof key === 'string' ? (EDITOR_STRINGS[lang].fields[key] ?? key) : String(key + 1);
  if (placed.error.code === 'required' && missing.length === 1) return missingField(label, lang);
  return `${label}${labelColon(lang)}${message}`;
}
