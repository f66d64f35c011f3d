// Re-runs a check after DOM changes and soft navigations in single-page apps, cheaply:
// - the MutationObserver callback only marks the page dirty: it never reads the DOM or layout;
// - runs are batched into idle time and throttled to one per MIN_GAP ms (a few per second);
// - once the page has been quiet for QUIET ms (or after WATCH_LIMIT ms of constant change) the
//   observer disconnects; a click, key press, form submit, history or hash change wakes it again,
//   because that is when a single-page app shows a new state.

export const MIN_GAP = 350
export const QUIET = 2000
export const WATCH_LIMIT = 30_000
const WAKE_EVENTS = ['click', 'keydown', 'submit', 'popstate', 'hashchange', 'pageshow'] as const

type Idle = (callback: () => void) => void
const idle: Idle = typeof requestIdleCallback === 'function'
  ? (callback) => requestIdleCallback(callback, { timeout: 500 })
  : (callback) => setTimeout(callback, 0)

export interface Watcher {
  /** Whether the observer is connected now. */
  readonly watching: boolean
  /** Disconnects for good (the extension was reloaded or removed). */
  stop(): void
}

export function watchPage(run: () => void, root: Node = document.documentElement): Watcher {
  let lastRun = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let quietTimer: ReturnType<typeof setTimeout> | undefined
  let watching = false
  let startedAt = 0
  let stopped = false

  const safeRun = () => {
    timer = undefined
    lastRun = Date.now()
    try {
      run()
    } catch {
      // Never into the page's console.
    }
    clearTimeout(quietTimer)
    quietTimer = setTimeout(sleep, QUIET)
  }
  const schedule = () => {
    if (timer !== undefined || stopped) return
    if (Date.now() - startedAt > WATCH_LIMIT) return sleep()
    timer = setTimeout(() => idle(safeRun), Math.max(0, lastRun + MIN_GAP - Date.now()))
  }
  const observer = new MutationObserver(schedule)
  function sleep() {
    if (timer !== undefined) return
    observer.disconnect()
    watching = false
  }
  const wake = () => {
    if (stopped) return
    if (!watching) {
      observer.observe(root, { childList: true, subtree: true, characterData: true })
      watching = true
      startedAt = Date.now()
    }
    schedule()
  }
  for (const event of WAKE_EVENTS) addEventListener(event, wake, { capture: true, passive: true })
  wake()
  return {
    get watching() {
      return watching
    },
    stop() {
      stopped = true
      observer.disconnect()
      watching = false
      clearTimeout(timer)
      clearTimeout(quietTimer)
      for (const event of WAKE_EVENTS) removeEventListener(event, wake, { capture: true })
    },
  }
}
