// A StorageArea whose first read of the keys the page starts with is answered from a read already
// under way (prefetch.ts), so the page does not wait for storage after its code has loaded. Every
// later read goes to storage; a change seen before the answer is used makes it stale, and then
// storage is asked again.
import type { StorageArea } from './area.ts'

export function prefetchedArea(area: StorageArea, prefetch: Promise<Record<string, unknown>> | undefined, keys: readonly string[]): StorageArea {
  let pending = prefetch
  // A failed early read is handled where it is used; never an unhandled rejection.
  prefetch?.catch(() => undefined)
  const stop = area.onChanged(() => {
    pending = undefined
    stop()
  })
  return {
    ...area,
    async get(wanted) {
      const answer = pending
      pending = undefined
      if (answer && wanted.every((key) => keys.includes(key))) {
        stop()
        try {
          const all = await answer
          return Object.fromEntries(wanted.filter((key) => key in all).map((key) => [key, all[key]]))
        } catch {
          // The early read failed: ask again.
        }
      }
      return area.get(wanted)
    },
  }
}
