// The migration chain: every stored or backed-up version turns into the current one, one step
// at a time. Each step takes data already valid in its own version's schema and returns data
// for the next version; the result is checked against the current schema. Steps never drop a
// client silently: a v1 name that v2 cannot keep (too long, or shaped like a henkilötunnus) is
// left out, the client stays.
import type * as z from 'zod/mini'
import { companyNameProblem, normaliseCompanyName } from '../company-name.ts'
import { PortfolioV1 } from './v1.ts'
import { PortfolioV2, type Client } from './v2.ts'

export const CURRENT_VERSION = 2

interface Step {
  schema: z.ZodMiniType
  /** To the next version. */
  up: (data: never) => unknown
}

/** Keyed by the version a step starts from. */
const STEPS: Record<number, Step> = {
  1: { schema: PortfolioV1, up: fromV1 as (data: never) => unknown },
}

/** The schema of every version that still loads, the current one included. */
export function schemaOf(version: number): z.ZodMiniType | undefined {
  return version === CURRENT_VERSION ? PortfolioV2 : STEPS[version]?.schema
}

/** v1 -> v2: names normalised (empty -> absent), duplicate Y-tunnukset merged (the first name wins). */
function fromV1(data: PortfolioV1): z.input<typeof PortfolioV2> {
  const clients = new Map<string, Client>()
  for (const old of data.clients) {
    const normalised = normaliseCompanyName(old.name)
    const name = normalised && companyNameProblem(normalised) === null ? normalised : undefined
    const existing = clients.get(old.businessId)
    if (existing) {
      if (existing.name === undefined && name !== undefined) existing.name = name
      continue
    }
    clients.set(old.businessId, { businessId: old.businessId, ...(name === undefined ? {} : { name }), tags: [], mandates: [] })
  }
  return {
    version: 2,
    firm: { ...(data.firm.businessId ? { businessId: data.firm.businessId } : {}), services: [...new Set(data.firm.services)], ownMandates: [] },
    clients: [...clients.values()],
  }
}

/** Runs the chain from `version` up to the current version. `data` must be valid in `version`. */
export function migrateToCurrent(version: number, data: unknown): unknown {
  let value = data
  for (let from = version; from < CURRENT_VERSION; from++) {
    const step = STEPS[from]
    if (!step) throw new Error(`no migration from version ${from}`)
    value = step.up(value as never)
  }
  return value
}
