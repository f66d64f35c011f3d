// Recording mandates: read from a Suomi.fi Valtuudet page by the content script's extractor (in
// the contract's Mandate format), or typed in by the user. Each mandate goes where the case needs
// it: a mandate from a client (to the firm, or to the user personally) to that client; the user's
// own mandate from the firm (e.g. the edustamisvaltuus with its Y-tunnus restriction) to the firm.
// Reading a page adds and updates, never deletes: a page may show only part of a long list.
import { Mandate } from '../contract/case.ts'
import { mandateKey } from './backup.ts'
import { MAX_MANDATES_PER_CLIENT, type Firm, type Portfolio, type RecordedMandate } from './model.ts'

export type MandateTarget = { client: string } | 'own'

/** Where a mandate belongs, or null when its mandator is neither a client nor the firm. */
export function targetOf(mandate: Mandate, portfolio: Portfolio, clientIds: ReadonlySet<string>): MandateTarget | null {
  if (mandate.mandator !== undefined && clientIds.has(mandate.mandator)) return { client: mandate.mandator }
  if (mandate.holder === 'me' && mandate.mandator !== undefined && mandate.mandator === portfolio.firm.businessId) return 'own'
  return null
}

/** Same holder, mandator, type and themes: the same mandate seen again (its dates or status may have changed). */
const identity = (mandate: Mandate) => JSON.stringify([mandate.holder, mandate.mandator ?? null, mandate.type, [...mandate.themes].sort()])

function upsert(list: readonly RecordedMandate[], mandate: Mandate, recordedOn: string): RecordedMandate[] {
  const key = identity(mandate)
  const recorded: RecordedMandate = { mandate, source: 'valtuudet-page', recordedOn }
  const index = list.findIndex((entry) => entry.source === 'valtuudet-page' && identity(entry.mandate) === key)
  if (index < 0) return [...list, recorded].slice(-MAX_MANDATES_PER_CLIENT)
  const next = [...list]
  next[index] = recorded
  return next
}

export interface RecordedFromPage {
  portfolio: Portfolio
  /** Mandates recorded per client Y-tunnus, and for the user's own. */
  recorded: { clients: number; own: number }
  /** Mandates whose mandator is not a client: the page can offer to add the client first. */
  unassigned: Mandate[]
}

/** Mandates read from a Valtuudet page on `today` (YYYY-MM-DD, Helsinki). Invalid ones are skipped. */
export function recordMandatesFromPage(portfolio: Portfolio, mandates: readonly unknown[], today: string): RecordedFromPage {
  const clientIds = new Set(portfolio.clients.map((client) => client.businessId))
  const perClient = new Map<string, Mandate[]>()
  const own: Mandate[] = []
  const unassigned: Mandate[] = []
  for (const raw of mandates) {
    const parsed = Mandate.safeParse(raw)
    if (!parsed.success) continue
    const target = targetOf(parsed.data, portfolio, clientIds)
    if (target === null) unassigned.push(parsed.data)
    else if (target === 'own') own.push(parsed.data)
    else perClient.set(target.client, [...(perClient.get(target.client) ?? []), parsed.data])
  }
  const clients = portfolio.clients.map((client) => {
    const found = perClient.get(client.businessId)
    if (!found) return client
    return { ...client, mandates: found.reduce((list, mandate) => upsert(list, mandate, today), client.mandates), mandatesCheckedOn: today }
  })
  const firm: Firm = own.length === 0 ? portfolio.firm : { ...portfolio.firm, ownMandates: own.reduce((list, mandate) => upsert(list, mandate, today), portfolio.firm.ownMandates), ownMandatesCheckedOn: today }
  return { portfolio: { ...portfolio, firm, clients }, recorded: { clients: [...perClient.values()].reduce((n, list) => n + list.length, 0), own: own.length }, unassigned }
}

export type ManualMandateChange = { ok: true; portfolio: Portfolio } | { ok: false; error: 'invalid-mandate' | 'not-found' | 'too-many-mandates' | 'duplicate' }

/** A mandate the user typed in, for a client or for themself. */
export function addManualMandate(portfolio: Portfolio, target: MandateTarget, raw: unknown, today: string): ManualMandateChange {
  const parsed = Mandate.safeParse(raw)
  if (!parsed.success) return { ok: false, error: 'invalid-mandate' }
  const entry: RecordedMandate = { mandate: parsed.data, source: 'manual', recordedOn: today }
  const add = (list: readonly RecordedMandate[]): RecordedMandate[] | ManualMandateChange => {
    if (list.some((existing) => mandateKey(existing) === mandateKey(entry))) return { ok: false, error: 'duplicate' }
    if (list.length >= MAX_MANDATES_PER_CLIENT) return { ok: false, error: 'too-many-mandates' }
    return [...list, entry]
  }
  if (target === 'own') {
    const list = add(portfolio.firm.ownMandates)
    return Array.isArray(list) ? { ok: true, portfolio: { ...portfolio, firm: { ...portfolio.firm, ownMandates: list } } } : list
  }
  const index = portfolio.clients.findIndex((client) => client.businessId === target.client)
  const client = portfolio.clients[index]
  if (!client) return { ok: false, error: 'not-found' }
  const list = add(client.mandates)
  if (!Array.isArray(list)) return list
  const clients = [...portfolio.clients]
  clients[index] = { ...client, mandates: list }
  return { ok: true, portfolio: { ...portfolio, clients } }
}

/** Removes the mandate at `index` of a client's list, or of the user's own. */
/** A recorded mandate's identity: the mandate with every field, where and when it was recorded. */
export const recordKey = (recorded: RecordedMandate): string => JSON.stringify([mandateKey(recorded), recorded.source, recorded.recordedOn])

function mandatesOf(portfolio: Portfolio, target: MandateTarget): readonly RecordedMandate[] | undefined {
  return target === 'own' ? portfolio.firm.ownMandates : portfolio.clients.find((client) => client.businessId === target.client)?.mandates
}

function withMandates(portfolio: Portfolio, target: MandateTarget, mandates: RecordedMandate[]): Portfolio {
  if (target === 'own') return { ...portfolio, firm: { ...portfolio.firm, ownMandates: mandates } }
  return { ...portfolio, clients: portfolio.clients.map((client) => (client.businessId === target.client ? { ...client, mandates } : client)) }
}

/**
 * Removes the one recorded mandate with this identity (recordKey), wherever it now is in the
 * list: a second click, or another tab removing the same mandate, finds nothing and changes
 * nothing. Removal by position removed the next mandate instead.
 */
export function removeMandate(portfolio: Portfolio, target: MandateTarget, key: string): Portfolio {
  const list = mandatesOf(portfolio, target)
  const index = list?.findIndex((entry) => recordKey(entry) === key) ?? -1
  if (!list || index < 0) return portfolio
  return withMandates(portfolio, target, list.filter((_, i) => i !== index))
}

/** Undoes a removal: the mandate back at its place, unless the list already holds it again. */
export function restoreMandate(portfolio: Portfolio, target: MandateTarget, entry: RecordedMandate, index: number): Portfolio {
  const list = mandatesOf(portfolio, target)
  if (!list || list.some((existing) => recordKey(existing) === recordKey(entry)) || list.length >= MAX_MANDATES_PER_CLIENT) return portfolio
  const at = Math.max(0, Math.min(index, list.length))
  return withMandates(portfolio, target, [...list.slice(0, at), entry, ...list.slice(at)])
}
