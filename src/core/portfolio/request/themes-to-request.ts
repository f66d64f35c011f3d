// Which Kela themes a client must still grant to the firm, and which the firm's administrator must
// still put in the user's edustamisvaltuus, for the services the firm works in. A theme counts as
// held only by a mandate in force for more than 60 days more (the matrix's "ends soon"): a text
// sent for an ending mandate asks for its renewal. With nothing recorded, every theme is asked.
// The chain (facts §2.6, contract §3): the client gives the firm's Y-tunnus an asiointivaltuus;
// the firm gives the user an edustamisvaltuus, restricted (if at all) to Y-tunnukset including the
// client's. A personal asiointivaltuus from the client to the user is a complete chain alone.
import type { Mandate } from '../../contract/case.ts'
import type { ServiceId } from '../../contract/ids.ts'
import { daysBetween } from '../dates.ts'
import { isTheme, KELA_SERVICE_THEMES, type KelaTheme } from '../kela-themes.ts'
import { ENDS_SOON_DAYS } from '../matrix/cell-status.ts'
import type { Client, Firm } from '../model.ts'

export interface ThemesToRequest {
  /** For the client: an asiointivaltuus to the firm's Y-tunnus. */
  fromClient: KelaTheme[]
  /** For the firm's administrator: the user's edustamisvaltuus. */
  fromAdministrator: KelaTheme[]
  /** Selected services whose theme names are not confirmed: the text points to Kela's page. */
  unconfirmed: ServiceId[]
}

function lasting(mandate: Mandate, today: string): boolean {
  if (mandate.status === 'pending-request') return false
  if (mandate.validFrom !== undefined && mandate.validFrom > today) return false
  return mandate.validUntil === undefined || daysBetween(today, mandate.validUntil) > ENDS_SOON_DAYS
}

const holds = (mandates: readonly Mandate[], theme: KelaTheme) => mandates.some((mandate) => mandate.themes.some((held) => isTheme(held, theme)))

export function themesToRequest(client: Client, firm: Firm, services: readonly ServiceId[], today: string): ThemesToRequest {
  const themes: KelaTheme[] = []
  const unconfirmed: ServiceId[] = []
  for (const service of services) {
    const known = KELA_SERVICE_THEMES[service]
    if (known.unconfirmed !== undefined) unconfirmed.push(service)
    for (const theme of known.themes) if (!themes.some((seen) => seen.fi === theme.fi)) themes.push(theme)
  }
  const clientMandates = client.mandates.map((entry) => entry.mandate).filter((mandate) => mandate.mandator === client.businessId && lasting(mandate, today))
  const toFirm = clientMandates.filter((mandate) => mandate.holder === 'my-organisation' && mandate.type === 'asiointivaltuus')
  const personal = clientMandates.filter((mandate) => mandate.holder === 'me' && mandate.type === 'asiointivaltuus')
  const representation = firm.ownMandates.map((entry) => entry.mandate).filter((mandate) =>
    mandate.holder === 'me' && mandate.type === 'edustamisvaltuus' && (firm.businessId === undefined || mandate.mandator === firm.businessId) &&
    (mandate.restrictions?.businessIds === undefined || mandate.restrictions.businessIds.includes(client.businessId)) && lasting(mandate, today))
  const needed = themes.filter((theme) => !holds(personal, theme))
  return {
    fromClient: needed.filter((theme) => !holds(toFirm, theme)),
    fromAdministrator: needed.filter((theme) => !holds(representation, theme)),
    unconfirmed,
  }
}
