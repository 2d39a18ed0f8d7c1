/**
 * The editor's draft in the browser's storage, so a reload or a crash loses
 * nothing. Storage may be full, disabled (private modes) or hold anything a
 * previous version wrote: every read is checked and no call throws.
 */

export const DRAFT_KEY = 'nso-graphic-editor-draft';

export interface Draft {
  /** The dataset being edited, as a JSON value (valid or not). */
  value: unknown;
  /** When it was last saved, ISO 8601. */
  savedAt: string;
  /** False once it has changed since the last download or copy. */
  exported: boolean;
  /** The last valid version, which the preview shows while the draft has errors (a reload mid-edit). */
  lastValid?: unknown;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The saved draft, or undefined when there is none or it cannot be read. */
export function readDraft(storage: Store): Draft | undefined {
  try {
    const text = storage.getItem(DRAFT_KEY);
    if (text === null) return undefined;
    const draft = JSON.parse(text) as Partial<Draft> | null;
    if (typeof draft !== 'object' || draft === null || !('value' in draft) || typeof draft.savedAt !== 'string') {
      return undefined;
    }
    const read: Draft = { value: draft.value, savedAt: draft.savedAt, exported: draft.exported === true };
    return 'lastValid' in draft ? { ...read, lastValid: draft.lastValid } : read;
  } catch {
    return undefined;
  }
}

/** Saves the draft; false when the storage refuses it (quota, disabled). */
export function writeDraft(storage: Store, draft: Draft): boolean {
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: Store): void {
  try {
    storage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}
