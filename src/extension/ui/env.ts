// What extension pages need from the browser, behind one interface, so that components stay
// testable in happy-dom and renderable in a plain page (the Chromium gallery tests) and only
// the page's entry point touches webextension-polyfill (browser-env.ts).
import { createContext } from 'preact'
import { useContext } from 'preact/hooks'

/** A small async key-value store (storage.local in the extension, a Map in tests). */
export interface KeyValueStore {
  get(key: string): Promise<unknown>
  set(key: string, value: unknown): Promise<void>
  remove(key: string): Promise<void>
}

export interface UiEnv {
  /** Opens a URL in a new tab. */
  openUrl(url: string): void
  /** Copies text to the clipboard; false when the browser refused. */
  copyText(text: string): Promise<boolean>
  /** The current time (fixed in tests and screenshots). */
  now(): Date
  store: KeyValueStore
}

export function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial))
  return {
    data,
    get: async (key) => data.get(key),
    set: async (key, value) => void data.set(key, value),
    remove: async (key) => void data.delete(key),
  }
}

export const UiEnvContext = createContext<UiEnv>({
  openUrl: () => undefined,
  copyText: async () => false,
  now: () => new Date(),
  store: memoryStore(),
})
export const useUiEnv = (): UiEnv => useContext(UiEnvContext)
