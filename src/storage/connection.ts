// The one IndexedDB connection of this tab, opened on first use.
import { openDatabase } from "./index";

let opening: Promise<IDBDatabase> | null = null;

export function getDatabase(): Promise<IDBDatabase> {
  opening ??= openDatabase();
  return opening;
}
