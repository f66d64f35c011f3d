// "Report this page": the background injects the page skeleton script into the tab's top frame
// (only now, on the user's request), has it build the redacted skeleton there, validates what
// comes back and hands it to the popup. Nothing is stored and nothing is sent anywhere: the user
// reads the skeleton, then copies or saves it themself.
import browser from 'webextension-polyfill'
import { parseSkeleton } from '../../core/skeleton/format.ts'
import type { PageSkeletonReply } from '../protocol.ts'
import { tabAccess } from './access.ts'
import { documentStatus } from './document-status.ts'
import { SKELETON_SCRIPT } from './skeleton-script-file.ts'

export async function pageSkeleton(tabId: number): Promise<PageSkeletonReply> {
  const access = await tabAccess(tabId)
  if (access !== 'ready') return { ok: false, reason: access }
  const tab = await browser.tabs.get(tabId).catch(() => undefined)
  const status = await documentStatus(tabId, tab?.url)
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [SKELETON_SCRIPT] })
    const [made] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: (seen: number | null) => (globalThis as unknown as { valtuusapuSkeleton?: { make(status: number | null): unknown } }).valtuusapuSkeleton?.make(seen),
      args: [status],
    })
    const read = parseSkeleton(made?.result)
    return read.ok ? { ok: true, skeleton: read.skeleton } : { ok: false, reason: 'failed' }
  } catch {
    return { ok: false, reason: 'failed' }
  }
}
