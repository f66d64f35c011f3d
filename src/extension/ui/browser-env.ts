// The real UiEnv for extension pages: new tabs with tabs.create (no "tabs" permission needed),
// the clipboard API, and storage.local.
import browser from 'webextension-polyfill'
import type { KeyValueStore, UiEnv } from './env.ts'

const localStore: KeyValueStore = {
  async get(key) {
    return (await browser.storage.local.get(key))[key]
  },
  async set(key, value) {
    await browser.storage.local.set({ [key]: value })
  },
  async remove(key) {
    await browser.storage.local.remove(key)
  },
}

export const browserEnv: UiEnv = {
  openUrl(url) {
    void browser.tabs.create({ url })
  },
  async copyText(text) {
    try {
      await navigator.clipboard.writeText(text)
      return true
    } catch {
      return false
    }
  },
  now: () => new Date(),
  store: localStore,
}
