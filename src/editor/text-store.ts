/**
 * The source texts an editor drops, kept in the browser (IndexedDB) beside
 * the draft, so a reload or a crash loses none of them. They are keyed by
 * file name ("suite.fr.txt"): a text dropped before its source exists is
 * found once a source names that file. IndexedDB may be missing (private
 * modes) or refuse a write: no call throws, and a failed write answers false.
 */

const DB_NAME = 'nso-graphic-editor';
const STORE = 'source-texts';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB'));
  });
}

/** Runs one transaction on the store and resolves once it has committed. */
async function transact<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error('indexedDB'));
      tx.onabort = () => reject(tx.error ?? new Error('indexedDB'));
    });
  } finally {
    db.close();
  }
}

/** Every kept text by file name; empty when there are none or the store cannot be read. */
export async function readTexts(): Promise<Map<string, string>> {
  try {
    const texts = new Map<string, string>();
    const db = await openDb();
    try {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(STORE, 'readonly');
        const cursor = tx.objectStore(STORE).openCursor();
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at) return;
          if (typeof at.key === 'string' && typeof at.value === 'string') texts.set(at.key, at.value);
          at.continue();
        };
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('indexedDB'));
      });
    } finally {
      db.close();
    }
    return texts;
  } catch {
    return new Map();
  }
}

/** Keeps one text under its file name; false when the browser refuses it. */
export async function keepText(name: string, text: string): Promise<boolean> {
  try {
    await transact('readwrite', (store) => store.put(text, name));
    return true;
  } catch {
    return false;
  }
}

/** Forgets every kept text (the draft they belong to is discarded). */
export async function clearTexts(): Promise<void> {
  try {
    await transact('readwrite', (store) => store.clear());
  } catch {
    // Nothing to clear when IndexedDB is unavailable.
  }
}
