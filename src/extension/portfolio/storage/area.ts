// The part of storage.local the portfolio page needs, behind one interface: the page's entry
// point passes the real one (browser-area.ts), tests and screenshots an in-memory one that
// behaves the same way (values are copied on the way in and out; every write notifies every
// listener, the writer's own included, as storage.onChanged does).

export interface StorageChange {
  oldValue?: unknown
  newValue?: unknown
}

export type ChangeListener = (changes: Record<string, StorageChange>) => void

export interface StorageArea {
  get(keys: readonly string[]): Promise<Record<string, unknown>>
  /** Writes every key in one call (storage.local.set), so a reader never sees half of a save. */
  set(items: Record<string, unknown>): Promise<void>
  remove(keys: readonly string[]): Promise<void>
  /** Every change to the area, from this page, another tab or the background. Returns an unsubscribe. */
  onChanged(listener: ChangeListener): () => void
}

export interface MemoryArea extends StorageArea {
  data: Map<string, unknown>
  /** When set, the next writes reject with this message (a full disk, a quota). */
  failWrites: string | null
}

const copy = <T>(value: T): T => (value === undefined ? value : structuredClone(value))

export function memoryArea(initial: Record<string, unknown> = {}): MemoryArea {
  const data = new Map(Object.entries(copy(initial)))
  const listeners = new Set<ChangeListener>()
  const notify = (changes: Record<string, StorageChange>) => {
    // storage.onChanged fires after the write, asynchronously.
    setTimeout(() => {
      for (const listener of listeners) listener(copy(changes))
    }, 0)
  }
  const area: MemoryArea = {
    data,
    failWrites: null,
    async get(keys) {
      const out: Record<string, unknown> = {}
      for (const key of keys) if (data.has(key)) out[key] = copy(data.get(key))
      return out
    },
    async set(items) {
      if (area.failWrites !== null) throw new Error(area.failWrites)
      const changes: Record<string, StorageChange> = {}
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { ...(data.has(key) ? { oldValue: data.get(key) } : {}), newValue: copy(value) }
        data.set(key, copy(value))
      }
      notify(changes)
    },
    async remove(keys) {
      if (area.failWrites !== null) throw new Error(area.failWrites)
      const changes: Record<string, StorageChange> = {}
      for (const key of keys) {
        if (!data.has(key)) continue
        changes[key] = { oldValue: data.get(key) }
        data.delete(key)
      }
      if (Object.keys(changes).length > 0) notify(changes)
    },
    onChanged(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
  return area
}
