// storage.local through webextension-polyfill, as the portfolio page's StorageArea.
import browser from 'webextension-polyfill'
import type { StorageArea } from './area.ts'

export const browserLocalArea: StorageArea = {
  get: (keys) => browser.storage.local.get([...keys]),
  set: (items) => browser.storage.local.set(items),
  remove: (keys) => browser.storage.local.remove([...keys]),
  onChanged(listener) {
    const forward = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, areaName: string) => {
      if (areaName === 'local') listener(changes)
    }
    browser.storage.onChanged.addListener(forward)
    return () => browser.storage.onChanged.removeListener(forward)
  },
}
