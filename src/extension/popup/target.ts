/** Which tab the popup describes: `?tabId=N` (tests and the demo open the popup as a page),
 * otherwise the active tab of the current window. */
export type PopupTarget = { tabId: number } | { activeTab: true }

export function popupTarget(search: string): PopupTarget {
  const raw = new URLSearchParams(search).get('tabId')
  if (raw !== null && /^\d{1,10}$/.test(raw)) return { tabId: Number(raw) }
  return { activeTab: true }
}
