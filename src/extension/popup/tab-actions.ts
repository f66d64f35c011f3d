// What the popup asks of the browser about the tab: which tab it is, reloading it, and asking
// for the host permission (Firefox lets the user withhold or revoke it).
import browser from 'webextension-polyfill'
import { HOST_PERMISSIONS } from '../protocol.ts'

export interface TabActions {
  activeTabId(): Promise<number | undefined>
  reload(tabId: number): Promise<void>
  /**
   * Must be called synchronously inside the click handler, before any await: Firefox loses the
   * user gesture across an await and then refuses the request.
   */
  requestHostAccess(): Promise<boolean>
}

export const browserTabActions: TabActions = {
  async activeTabId() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true })
    return tab?.id
  },
  reload: (tabId) => browser.tabs.reload(tabId),
  requestHostAccess: () => browser.permissions.request({ origins: HOST_PERMISSIONS }),
}
