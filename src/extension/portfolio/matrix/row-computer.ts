// The matrix rows, computed a slice at a time so that a list of thousands of clients shows its
// first screen at once and fills in the rest between frames. Each client's row is kept per
// client object: an edit replaces only the edited client's object (the core's edits are
// immutable), so only that row is computed again. A change to the firm (services, own mandates)
// or a new day starts over. Rows not computed yet are placeholders listed in `pending`.
import type { Lang } from '../../../core/contract/ids.ts'
import { helsinkiDate } from '../../../core/portfolio/dates.ts'
import { buildMatrix, type Engine, type MatrixRow } from '../../../core/portfolio/matrix/matrix.ts'
import type { Client, Firm, Portfolio } from '../../../core/portfolio/model.ts'
import { foldText } from '../../../core/portfolio/fold.ts'

export interface RowsSnapshot {
  /** One row per client, in the order asked for. */
  rows: MatrixRow[]
  /** Clients whose row is a placeholder (not computed yet). */
  pending: ReadonlySet<string>
  today: string
}

export class RowComputer {
  #rows = new WeakMap<Client, MatrixRow>()
  #placeholders = new WeakMap<Client, MatrixRow>()
  #firm: Firm | null = null
  #today = ''

  constructor(private readonly engine: Engine) {}

  #reset(firm: Firm, today: string): void {
    if (firm === this.#firm && today === this.#today) return
    this.#rows = new WeakMap()
    this.#placeholders = new WeakMap()
    this.#firm = firm
    this.#today = today
  }

  /** Every client's row as far as computed, in `order` (by default the list's own). */
  snapshot(portfolio: Portfolio, now: Date, order: readonly Client[] = portfolio.clients): RowsSnapshot {
    const today = helsinkiDate(now)
    this.#reset(portfolio.firm, today)
    const pending = new Set<string>()
    const rows = order.map((client) => {
      const row = this.#rows.get(client)
      if (row) return row
      pending.add(client.businessId)
      return this.#placeholder(client, portfolio.firm)
    })
    return { rows, pending, today }
  }

  /**
   * Computes rows of `order` (clients, most wanted first) that are not computed yet, in slices,
   * while `more()` says there is time. Returns how many of `order` are still pending.
   */
  compute(portfolio: Portfolio, order: readonly Client[], now: Date, lang: Lang, more: () => boolean, slice = 25): number {
    this.#reset(portfolio.firm, helsinkiDate(now))
    const todo = order.filter((client) => !this.#rows.has(client))
    let done = 0
    while (done < todo.length && (done === 0 || more())) {
      const clients = todo.slice(done, done + slice)
      const model = buildMatrix({ ...portfolio, clients }, { now, lang }, this.engine)
      model.rows.forEach((row, i) => this.#rows.set(clients[i]!, row))
      done += clients.length
    }
    return todo.length - done
  }

  #placeholder(client: Client, firm: Firm): MatrixRow {
    let row = this.#placeholders.get(client)
    if (!row) this.#placeholders.set(client, (row = new PlaceholderRow(client, firm)))
    return row
  }
}

/** A row not computed yet: the client's name and tags, every cell unknown. */
class PlaceholderRow implements MatrixRow {
  readonly businessId: string
  readonly name?: string
  readonly tags: string[]
  readonly cells: MatrixRow['cells']
  readonly worst = 'unknown' as const
  #client: Client
  #folded: string | undefined

  constructor(client: Client, firm: Firm) {
    this.#client = client
    this.businessId = client.businessId
    if (client.name !== undefined) this.name = client.name
    this.tags = client.tags
    this.cells = firm.services.map((service) => ({ service, status: 'unknown', findings: [] }))
  }

  /** Folded only when a search asks: thousands of placeholders live for a fraction of a second. */
  get searchText(): string {
    return (this.#folded ??= foldText([this.#client.name ?? '', ...this.#client.tags].join(' ')))
  }
}

const collators = new Map<Lang, Intl.Collator>()

function collator(lang: Lang): Intl.Collator {
  let found = collators.get(lang)
  if (!found) collators.set(lang, (found = new Intl.Collator(lang, { sensitivity: 'base', numeric: true })))
  return found
}

/**
 * Clients in the matrix's default order (by name, in the language's collation, as queryMatrix
 * sorts them). Rows handed to queryMatrix in this order sort again in one pass.
 */
export function byName(clients: readonly Client[], lang: Lang): Client[] {
  const names = collator(lang)
  return [...clients].sort((a, b) => names.compare(a.name ?? a.businessId, b.name ?? b.businessId) || a.businessId.localeCompare(b.businessId))
}
