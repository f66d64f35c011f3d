// The portfolio's current data model (schema/v2.ts) under version-free names, for the rest of the
// portfolio code and the page.
import { SERVICE_IDS, type ServiceId } from '../contract/ids.ts'
import { PortfolioV2 } from './schema/v2.ts'

export { Client, Firm, RecordedMandate, MANDATE_SOURCES, MAX_CLIENTS, MAX_MANDATES_PER_CLIENT, MAX_TAGS } from './schema/v2.ts'
export { CURRENT_VERSION } from './schema/migrations.ts'
export const Portfolio = PortfolioV2
export type Portfolio = PortfolioV2

/**
 * The services a new portfolio shows: the two employer services in which Kela lets a firm limit a
 * client's mandate by the client's Y-tunnus (facts §1.1 A and B), i.e. where firms act for clients.
 */
export const DEFAULT_SERVICES: readonly ServiceId[] = ['employer', 'occupational-health']

export function emptyPortfolio(): Portfolio {
  return { version: 2, firm: { services: [...DEFAULT_SERVICES], ownMandates: [] }, clients: [] }
}

/** Services in the contract's order, for a settings list. */
export const SELECTABLE_SERVICES: readonly ServiceId[] = SERVICE_IDS.filter((service) => service !== 'other')
