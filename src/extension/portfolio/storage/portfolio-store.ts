// The portfolio in storage.local: the glue that carries out the pure core's decisions
// (src/core/portfolio/storage.ts) and keeps one page's view right while other tabs write too.
// - Opening: loadPortfolio() decides; its recoveryWrites (the damaged values) are written once,
//   before anything else. A list recovered from damaged data is saved back at once, so the next
//   load is clean while the damaged copy stays under STORAGE_KEYS.damaged for the user to
//   download; a list migrated from an older version is saved back in the current version. Data
//   written by a newer Valtuusapu is never written over (read-only).
// - Saving: every change is a function of the current list. Before writing, the store checks
//   that nobody else wrote since it last read (REVISION_KEY); if someone did, it reads their list
//   and applies the change to that, so two tabs never undo each other's work. The check and the
//   write run under a Web Lock shared by every tab of the extension (storage has no
//   transactions). One storage.local.set carries the new document, the previous good one and
//   the revision.
// - Other tabs: storage.onChanged brings their writes in (ignoring the page's own).
import type { Portfolio } from '../../../core/portfolio/model.ts'
import { InvalidPortfolioError, planSave, STORAGE_KEYS, type LoadSource } from '../../../core/portfolio/storage.ts'
import type { StoredProblem } from '../../../core/portfolio/storage.ts'
import type { StorageArea, StorageChange } from './area.ts'
import { decodeStored, encodeWrites, REVISION_KEY } from './encoding.ts'
import { loadStored } from './load-stored.ts'


/**
 * Why a save was refused: a list from a newer version, data that would not load back, the
 * extension's storage limit reached (chrome.storage.local's QUOTA_BYTES), or the browser refusing
 * for another reason.
 */
export type SaveFailure = 'read-only' | 'invalid' | 'storage-full' | 'write-failed'

/** Chrome says "QUOTA_BYTES quota exceeded"; other browsers name a QuotaExceededError. */
export const isStorageFull = (message: string): boolean => /quota/i.test(message)

export { REVISION_KEY }

export interface LoadReport {
  source: LoadSource
  migratedFrom?: number
  droppedClients: number
  problems: StoredProblem[]
  /** The recovered or migrated list was saved back (false when that write failed). */
  savedBack: boolean
}

export interface StoreState {
  portfolio: Portfolio
  /** False when storage holds data from a newer Valtuusapu: nothing is written. */
  writable: boolean
  load: LoadReport
  /** A damaged stored value is kept under STORAGE_KEYS.damaged, for download. */
  damaged: boolean
}

export type EditOutcome<T> = { ok: true; portfolio: Portfolio; value: T } | { ok: false; error: string }

export type SaveResult<T> =
  | { ok: true; value: T; portfolio: Portfolio }
  | { ok: false; error: string; saveFailed?: { reason: SaveFailure; message: string } }

export type ChangeReason = 'opened' | 'saved' | 'external' | 'damaged'

/** Runs a task while no other tab of the extension runs one under the same lock. */
export type CrossTabLock = <T>(task: () => Promise<T>) => Promise<T>

/** The Web Locks API (extension pages of one extension share an origin); without it, no lock. */
export const webLock: CrossTabLock = (task) => {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManager }).locks
  return locks ? locks.request('valtuusapu:portfolio', () => task()) : task()
}

export class PortfolioStore {
  #state: StoreState | null = null
  #revision: unknown = undefined
  #ownRevisions = new Set<string>()
  #writes = 0
  #queue: Promise<unknown> = Promise.resolve()
  #listeners = new Set<(state: StoreState, reason: ChangeReason) => void>()
  #unsubscribe: (() => void) | null = null

  constructor(
    private readonly area: StorageArea,
    private readonly now: () => Date,
    private readonly options: { writer?: string; lock?: CrossTabLock } = {},
  ) {}

  get #writer(): string {
    return (this.options.writer ??= Math.random().toString(36).slice(2, 10))
  }

  get state(): StoreState {
    if (!this.#state) throw new Error('the portfolio store is not open')
    return this.#state
  }

  /** Loads the list (recovering and migrating as needed) and starts following other tabs. */
  open(): Promise<StoreState> {
    this.#unsubscribe ??= this.area.onChanged((changes) => this.#onChanged(changes))
    return this.#enqueue(async () => {
      await this.#load('opened')
      return this.state
    })
  }

  close(): void {
    this.#unsubscribe?.()
    this.#unsubscribe = null
  }

  subscribe(listener: (state: StoreState, reason: ChangeReason) => void): () => void {
    this.#listeners.add(listener)
    return () => void this.#listeners.delete(listener)
  }

  /**
   * Applies `edit` to the newest stored list and saves the result. `edit` may run on a list
   * another tab saved in the meantime, so it must be a function of its argument alone.
   */
  update<T>(edit: (current: Portfolio) => EditOutcome<T>): Promise<SaveResult<T>> {
    const lock = this.options.lock ?? webLock
    return this.#enqueue(() => lock(async (): Promise<SaveResult<T>> => {
      if (!this.state.writable) return { ok: false, error: 'read-only', saveFailed: { reason: 'read-only', message: 'read-only' } }
      const stored = await this.area.get([REVISION_KEY]).catch(() => ({}) as Record<string, unknown>)
      if (stored[REVISION_KEY] !== this.#revision) await this.#load('external')
      const outcome = edit(this.state.portfolio)
      if (!outcome.ok) return outcome
      const saved = await this.#save(outcome.portfolio, this.state.portfolio)
      if (!saved.ok) return { ok: false, error: 'save-failed', saveFailed: saved }
      this.#set({ ...this.state, portfolio: saved.portfolio }, 'saved')
      return { ok: true, value: outcome.value, portfolio: saved.portfolio }
    }))
  }

  /** The damaged values kept for download ({current?, lastGood?}, JSON text parsed where it parses), or undefined. */
  async damagedValue(): Promise<unknown> {
    const damaged = (await this.area.get([STORAGE_KEYS.damaged]))[STORAGE_KEYS.damaged]
    if (typeof damaged !== 'object' || damaged === null) return damaged
    return Object.fromEntries(Object.entries(damaged).map(([key, value]) => [key, decodeStored(value)]))
  }

  /** The stored document as it is (for a read-only list written by a newer version). */
  async storedValue(): Promise<unknown> {
    return decodeStored((await this.area.get([STORAGE_KEYS.current]))[STORAGE_KEYS.current])
  }

  /** The user downloaded or does not want the damaged copy. */
  dismissDamaged(): Promise<void> {
    return this.#enqueue(async () => {
      await this.area.remove([STORAGE_KEYS.damaged])
      if (this.#state) this.#set({ ...this.#state, damaged: false }, 'damaged')
    })
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(task, task)
    this.#queue = next.catch(() => undefined)
    return next
  }

  #set(state: StoreState, reason: ChangeReason): void {
    this.#state = state
    for (const listener of this.#listeners) listener(state, reason)
  }

  async #load(reason: ChangeReason): Promise<void> {
    // The last good copy is read only when the current one does not load: one document, not two.
    const { loaded, extra: stored } = await loadStored((keys) => this.area.get(keys), [STORAGE_KEYS.damaged, REVISION_KEY])
    this.#revision = stored[REVISION_KEY]
    let damaged = stored[STORAGE_KEYS.damaged] !== undefined
    if (Object.keys(loaded.recoveryWrites).length > 0) {
      // Before anything else: the damaged values must survive whatever happens next.
      await this.area.set(loaded.recoveryWrites)
      damaged = true
    }
    let portfolio = loaded.portfolio
    let savedBack = false
    const recovered = loaded.problems.length > 0 && loaded.source !== 'current'
    if (loaded.writable && (recovered || loaded.migratedFrom !== undefined)) {
      const saved = await this.#save(portfolio, portfolio)
      if (saved.ok) {
        portfolio = saved.portfolio
        savedBack = true
      }
    }
    const load: LoadReport = {
      source: loaded.source,
      ...(loaded.migratedFrom === undefined ? {} : { migratedFrom: loaded.migratedFrom }),
      droppedClients: loaded.droppedClients,
      problems: loaded.problems,
      savedBack,
    }
    // A reload after another tab's save keeps what the first load found wrong: the notice stays.
    const kept = reason === 'external' && this.#state && this.#state.load.source !== 'current' ? this.#state.load : load
    this.#set({ portfolio, writable: loaded.writable, load: kept, damaged }, reason)
  }

  async #save(next: Portfolio, previous: Portfolio): Promise<{ ok: true; portfolio: Portfolio } | { ok: false; reason: Exclude<SaveFailure, 'read-only'>; message: string }> {
    let writes: Record<string, unknown>
    try {
      writes = planSave(next, previous, this.now())
    } catch (error) {
      if (error instanceof InvalidPortfolioError) return { ok: false, reason: 'invalid', message: error.message }
      throw error
    }
    const revision = `${this.#writer}:${++this.#writes}`
    this.#ownRevisions.add(revision)
    try {
      await this.area.set({ ...encodeWrites(writes), [REVISION_KEY]: revision })
    } catch (error) {
      this.#ownRevisions.delete(revision)
      const message = error instanceof Error ? error.message : String(error)
      return { ok: false, reason: isStorageFull(message) ? 'storage-full' : 'write-failed', message }
    }
    this.#revision = revision
    return { ok: true, portfolio: writes[STORAGE_KEYS.current] as Portfolio }
  }

  #onChanged(changes: Record<string, StorageChange>): void {
    if (!this.#state) return
    const revision = changes[REVISION_KEY]
    if (revision && typeof revision.newValue === 'string' && this.#ownRevisions.has(revision.newValue)) return
    if (revision || STORAGE_KEYS.current in changes) {
      void this.#enqueue(() => this.#load('external'))
      return
    }
    if (STORAGE_KEYS.damaged in changes) this.#set({ ...this.#state, damaged: changes[STORAGE_KEYS.damaged]!.newValue !== undefined }, 'damaged')
  }
}
