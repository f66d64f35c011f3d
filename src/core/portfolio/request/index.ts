// Per client, the two messages to copy: to the client (which Kela themes to grant the firm as an
// asiointivaltuus, and where in Suomi.fi Valtuudet) and to the firm's administrator (which
// edustamisvaltuus to give the user, with the client's Y-tunnus in its restriction).
import type { Lang } from '../../contract/ids.ts'
import { helsinkiDate } from '../dates.ts'
import type { KelaTheme } from '../kela-themes.ts'
import type { Portfolio } from '../model.ts'
import { administratorText, clientText } from './templates.ts'
import { themesToRequest } from './themes-to-request.ts'

export interface RequestTexts {
  /** Null when the client already granted every theme (for more than 60 days more). */
  toClient: string | null
  /** Null when the user's edustamisvaltuus already covers every theme for this client. */
  toAdministrator: string | null
  fromClient: KelaTheme[]
  fromAdministrator: KelaTheme[]
}

export type RequestTextsResult =
  | ({ ok: true } & RequestTexts)
  | { ok: false; error: 'no-firm-business-id' | 'client-not-found' | 'no-services' }

export function requestTexts(portfolio: Portfolio, businessId: string, options: { lang: Lang; now: Date }): RequestTextsResult {
  const { firm } = portfolio
  if (firm.businessId === undefined) return { ok: false, error: 'no-firm-business-id' }
  const client = portfolio.clients.find((entry) => entry.businessId === businessId)
  if (!client) return { ok: false, error: 'client-not-found' }
  if (firm.services.length === 0) return { ok: false, error: 'no-services' }
  const themes = themesToRequest(client, firm, firm.services, helsinkiDate(options.now))
  const parts = {
    firm: { businessId: firm.businessId, ...(firm.name === undefined ? {} : { name: firm.name }) },
    client: { businessId: client.businessId, ...(client.name === undefined ? {} : { name: client.name }) },
    ...themes,
  }
  const nothingUnconfirmed = themes.unconfirmed.length === 0
  return {
    ok: true,
    toClient: themes.fromClient.length === 0 && nothingUnconfirmed ? null : clientText(parts, options.lang),
    toAdministrator: themes.fromAdministrator.length === 0 && nothingUnconfirmed ? null : administratorText(parts, options.lang),
    fromClient: themes.fromClient,
    fromAdministrator: themes.fromAdministrator,
  }
}
