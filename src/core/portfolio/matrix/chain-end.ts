// When does the mandate chain for one client and one service end? The engine warns 30 days ahead
// (finding `expires-soon`); the matrix flags 60 days ahead, so it computes the date itself from
// the same mandates the case holds. A chain has two sides, the client's mandates (mandator = the
// client) and the user's own (from the firm); each side lasts as long as its longest-lasting
// covering mandate, and the chain ends when the first side ends.
import type { Mandate } from '../../contract/case.ts'
import type { ServiceId } from '../../contract/ids.ts'
import { daysBetween } from '../dates.ts'
import { serviceThemeKeys, themeKey } from '../kela-themes.ts'

const ACTING_TYPES = new Set<Mandate['type']>(['asiointivaltuus', 'edustamisvaltuus'])

function covers(mandate: Mandate, service: ServiceId, client: string, today: string): boolean {
  if (mandate.status === 'pending-request' || !ACTING_TYPES.has(mandate.type)) return false
  if (mandate.validFrom !== undefined && mandate.validFrom > today) return false
  if (mandate.validUntil !== undefined && mandate.validUntil < today) return false
  const ids = mandate.restrictions?.businessIds
  if (ids && !ids.includes(client)) return false
  const keys = serviceThemeKeys(service)
  return keys.size === 0 || mandate.themes.some((held) => keys.has(themeKey(held)))
}

/** The last day of the chain and the days left until it, or undefined when no side ends. */
export function chainEnd(mandates: readonly Mandate[], service: ServiceId, client: string, today: string): { endsOn: string; daysLeft: number } | undefined {
  const sides = new Map<'client' | 'own', string | null>()
  for (const mandate of mandates) {
    if (!covers(mandate, service, client, today)) continue
    const side = mandate.mandator === client ? 'client' : 'own'
    const until = mandate.validUntil ?? null
    const known = sides.get(side)
    // null = open-ended: lasts longer than any date.
    if (known === undefined || (known !== null && (until === null || until > known))) sides.set(side, until)
  }
  let endsOn: string | undefined
  for (const until of sides.values()) if (until !== null && (endsOn === undefined || until < endsOn)) endsOn = until
  return endsOn === undefined ? undefined : { endsOn, daysLeft: daysBetween(today, endsOn) }
}
