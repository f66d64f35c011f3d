// Merging lists of mandates without duplicates (the saved mandates; the portfolio).
import type { Mandate } from '../../core/contract/case.ts'

/** Two mandates are the same when every field is, whatever the order of themes and restrictions. */
export function mandateKey(mandate: Mandate): string {
  const sorted = (list: string[] | undefined) => (list ? [...list].sort() : undefined)
  return JSON.stringify([
    mandate.holder, mandate.mandator ?? null, mandate.type, sorted(mandate.themes),
    sorted(mandate.restrictions?.businessIds) ?? null, sorted(mandate.restrictions?.workplaces) ?? null,
    mandate.validFrom ?? null, mandate.validUntil ?? null, mandate.status ?? null,
  ])
}

export function mergeMandates(stored: Mandate[], added: Mandate[]): Mandate[] {
  const seen = new Set(stored.map(mandateKey))
  const merged = [...stored]
  for (const mandate of added) {
    const key = mandateKey(mandate)
    if (seen.has(key)) continue
    seen.add(key)
    merged.push(mandate)
  }
  return merged
}
