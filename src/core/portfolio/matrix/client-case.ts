// The case (contract §1) for one client and one service, from what the portfolio recorded: the
// user acts for the client, the firm is the user's organisation, and the mandates are the
// client's and the user's own. The only place a portfolio becomes an engine input.
import type { Case, Mandate } from '../../contract/case.ts'
import type { Lang, ServiceId } from '../../contract/ids.ts'
import { helsinkiDateTime } from '../dates.ts'
import type { Client, Firm } from '../model.ts'

/**
 * The mandates the case holds, or undefined ("not looked yet", contract §1). Both sides must be
 * known (a mandate recorded, or checked and found none): a list with only the client's side
 * would make the engine report the user's missing edustamisvaltuus as a fact. A personal
 * mandate from the client to the user is a complete chain on its own.
 */
export function caseMandates(client: Client, firm: Firm): Mandate[] | undefined {
  const clientKnown = client.mandates.length > 0 || client.mandatesCheckedOn !== undefined
  const ownKnown = firm.ownMandates.length > 0 || firm.ownMandatesCheckedOn !== undefined
  const personal = client.mandates.some(({ mandate }) => mandate.holder === 'me')
  if (!(clientKnown && ownKnown) && !personal) return undefined
  return [
    ...client.mandates.map(({ mandate }) => mandate),
    ...firm.ownMandates.map(({ mandate }) => forClient(mandate, client.businessId)),
  ]
}

/**
 * The user's edustamisvaltuus may list thousands of client Y-tunnukset. For one client only
 * "includes it" or "does not" matters, so the list shrinks to that client, or to one other
 * Y-tunnus: the same answer, a case that stays small and quick to check.
 */
function forClient(mandate: Mandate, client: string): Mandate {
  const ids = mandate.restrictions?.businessIds
  if (!ids || ids.length <= 1) return mandate
  let set = restrictionSets.get(ids)
  if (!set) restrictionSets.set(ids, (set = new Set(ids)))
  const kept = set.has(client) ? [client] : [ids.find((id) => id !== client)!]
  return { ...mandate, restrictions: { ...mandate.restrictions, businessIds: kept } }
}

/** One lookup set per restriction list, however many clients the matrix asks about. */
const restrictionSets = new WeakMap<readonly string[], ReadonlySet<string>>()

export function buildClientCase(client: Client, firm: Firm, service: ServiceId, context: { now: Date; lang: Lang }): Case {
  return { ...clientCaseBase(client, firm, { now: helsinkiDateTime(context.now), lang: context.lang }), service }
}

/** Everything of the case but the service: the matrix builds it once per client, not per cell. */
export function clientCaseBase(client: Client, firm: Firm, context: { now: string; lang: Lang }): Omit<Case, 'service'> {
  const mandates = caseMandates(client, firm)
  const organisation = {
    ...(firm.businessId === undefined ? {} : { businessId: firm.businessId }),
    ...(firm.organisationType === undefined ? {} : { type: firm.organisationType }),
  }
  return {
    version: 1,
    now: context.now,
    lang: context.lang,
    actingFor: 'client',
    ...(firm.user === undefined ? {} : { user: firm.user }),
    ...(Object.keys(organisation).length === 0 ? {} : { organisation }),
    client: { businessId: client.businessId },
    ...(mandates === undefined ? {} : { mandates }),
  }
}
