/**
 * Where each validation error shows in the form: at its path, or, when that
 * path does not exist (a missing field), on the nearest object that does.
 */
import { errorMessage, formatPath, labelColon } from '../dataset/messages.ts';
import type { DatasetError } from '../dataset/validate.ts';
import { EDITOR_STRINGS, type UiLang } from './editor.strings.ts';
import { nearestExisting, pathId, type Path } from './paths.ts';

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
 * The message without its path, for display beside the field. A field that
 * stands in for a missing child names the child ("approximate: required…").
 */
export function fieldMessage(placed: PlacedError, lang: UiLang): string {
  const missing = placed.error.path.slice(placed.at.length);
  // The editor offers country codes in a list: its message names the list, not the code's spelling.
  if (placed.error.code === 'country-code' && missing.length === 0) return EDITOR_STRINGS[lang].chooseCountry;
  const rest = errorMessage(placed.error, lang);
  return missing.length > 0 ? `${formatPath(missing, lang)}${labelColon(lang)}${rest}` : rest;
}
