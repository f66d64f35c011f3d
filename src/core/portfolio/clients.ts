// Adding, editing and deleting clients by hand: the same checks as a CSV row (a valid Y-tunnus,
// no henkilötunnus, a name of at most 200 characters), returning a new portfolio.
import { companyNameProblem, normaliseCompanyName } from './company-name.ts'
import { businessIdRejectReason, readBusinessId, type Normalisation } from './csv/business-id-input.ts'
import type { RejectReason } from './csv/import.ts'
import { containsIdentityCode } from './identity-code.ts'
import { MAX_CLIENTS, MAX_TAGS, type Client, type Portfolio } from './model.ts'

export type ClientInputError = Exclude<RejectReason, 'malformed-row'> | 'duplicate' | 'not-found' | 'too-many-clients' | 'too-many-tags' | 'tag-too-long'

export interface ClientInput {
  businessId: string
  name?: string
  tags?: string[]
}

type Checked = { ok: true; client: Client; normalised: Normalisation[] } | { ok: false; error: ClientInputError; field: 'business-id' | 'name' | 'tags' }

/** A typed client -> the stored form, or why not. */
export function checkClientInput(input: ClientInput): Checked {
  if (containsIdentityCode(input.businessId)) return { ok: false, error: 'identity-code', field: 'business-id' }
  const id = readBusinessId(input.businessId)
  if (!id.ok) return { ok: false, error: businessIdRejectReason(id.problem), field: 'business-id' }
  const name = normaliseCompanyName(input.name ?? '')
  const nameProblem = companyNameProblem(name)
  if (nameProblem) return { ok: false, error: nameProblem === 'identity-code' ? 'identity-code' : 'name-too-long', field: 'name' }
  const tags = [...new Set((input.tags ?? []).map(normaliseCompanyName).filter((tag) => tag !== ''))]
  if (tags.length > MAX_TAGS) return { ok: false, error: 'too-many-tags', field: 'tags' }
  if (tags.some((tag) => tag.length > 40)) return { ok: false, error: 'tag-too-long', field: 'tags' }
  if (tags.some(containsIdentityCode)) return { ok: false, error: 'identity-code', field: 'tags' }
  return { ok: true, client: { businessId: id.businessId, ...(name === '' ? {} : { name }), tags, mandates: [] }, normalised: id.normalised }
}

export type ClientChange = { ok: true; portfolio: Portfolio; normalised: Normalisation[] } | { ok: false; error: ClientInputError; field?: 'business-id' | 'name' | 'tags' }

export function addClient(portfolio: Portfolio, input: ClientInput): ClientChange {
  const checked = checkClientInput(input)
  if (!checked.ok) return checked
  if (portfolio.clients.some((client) => client.businessId === checked.client.businessId)) return { ok: false, error: 'duplicate', field: 'business-id' }
  if (portfolio.clients.length >= MAX_CLIENTS) return { ok: false, error: 'too-many-clients' }
  return { ok: true, portfolio: { ...portfolio, clients: [...portfolio.clients, checked.client] }, normalised: checked.normalised }
}

/** Changes a client's name and tags (its Y-tunnus, the key, stays; mandates stay). */
export function updateClient(portfolio: Portfolio, businessId: string, input: Omit<ClientInput, 'businessId'>): ClientChange {
  const index = portfolio.clients.findIndex((client) => client.businessId === businessId)
  const existing = portfolio.clients[index]
  if (!existing) return { ok: false, error: 'not-found' }
  const checked = checkClientInput({ businessId, ...input })
  if (!checked.ok) return checked
  const { name, tags } = checked.client
  const updated: Client = { ...existing, tags }
  if (name === undefined) delete updated.name
  else updated.name = name
  const clients = [...portfolio.clients]
  clients[index] = updated
  return { ok: true, portfolio: { ...portfolio, clients }, normalised: [] }
}

export function removeClients(portfolio: Portfolio, businessIds: readonly string[]): Portfolio {
  const gone = new Set(businessIds)
  return { ...portfolio, clients: portfolio.clients.filter((client) => !gone.has(client.businessId)) }
}
