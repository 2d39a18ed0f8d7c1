import { describe, expect, it } from 'vitest';
import { clearDraft, DRAFT_KEY, readDraft, writeDraft, type Draft } from './draft.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const draft: Draft = {
  value: { version: 1, figures: [{ value: 1500 }] },
  savedAt: '2026-11-28T10:00:00.000Z',
  exported: false,
};

describe('draft storage', () => {
  it(`writes under ${DRAFT_KEY} and reads back the same draft`, () => {
    const storage = memoryStorage();
    expect(writeDraft(storage, draft)).toBe(true);
    expect([...storage.items.keys()]).toEqual([DRAFT_KEY]);
    expect(readDraft(storage)).toEqual(draft);
  });

  it('reads nothing when there is no draft, or after clearing it', () => {
    const storage = memoryStorage();
    expect(readDraft(storage)).toBeUndefined();
    writeDraft(storage, draft);
    clearDraft(storage);
    expect(readDraft(storage)).toBeUndefined();
  });

  it('ignores malformed or foreign content instead of throwing', () => {
    const storage = memoryStorage();
    for (const text of ['{not json', 'null', '42', '{"savedAt":1}', '{"value":1}']) {
      storage.items.set(DRAFT_KEY, text);
      expect(readDraft(storage)).toBeUndefined();
    }
  });

  it('reports false when the storage refuses to write (quota exceeded)', () => {
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(writeDraft(full, draft)).toBe(false);
  });

  it('survives storage that throws on every access (disabled storage)', () => {
    const denied = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(readDraft(denied)).toBeUndefined();
    expect(() => clearDraft(denied)).not.toThrow();
  });
});
