import { type SavedPlan, savedPlanSchema } from "./saved-plan-schema";

// The loaded plan in this browser's IndexedDB (a plan can be 10 MB, beyond what sessionStorage
// holds): one record, replaced as the plan changes, deleted by Clear plan and after an import.

const DATABASE = "plandrop";
const STORE = "plans";
const KEY = "current";

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await openDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(STORE, mode);
      const request = act(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result); // written for good, not only queued
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    database.close();
  }
}

/** The kept plan, or null when there is none (or what is kept no longer reads as a plan). */
export async function loadSavedPlan(): Promise<SavedPlan | null> {
  try {
    const parsed = savedPlanSchema.safeParse(await run("readonly", (store) => store.get(KEY)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // storage blocked (a private window): the page works without it
  }
}

/** Keeps the plan; false when the browser would not (storage blocked or full). */
export async function savePlan(saved: SavedPlan): Promise<boolean> {
  return run("readwrite", (store) => store.put(saved, KEY)).then(
    () => true,
    () => false,
  );
}

export async function clearSavedPlan(): Promise<void> {
  await run("readwrite", (store) => store.delete(KEY)).catch(() => undefined);
}
