// Shared test data for the portfolio tests: valid Y-tunnukset made by the published check-digit
// rule (weights 7, 9, 10, 5, 8, 4, 2; remainder 1 is never issued), clients, and hand-built results.
import type { Finding, FindingId, Result, Verdict } from '../../../src/core/contract/result.ts'
import type { Client, Portfolio } from '../../../src/core/portfolio/model.ts'
import { readFileSync } from 'node:fs'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2]

/** The first valid Y-tunnus from `base` (a seven-digit number) upwards. */
export function validBusinessIdFrom(base: number): string {
  for (let next = base; ; next++) {
    const digits = String(next).padStart(7, '0')
    const rest = [...digits].reduce((sum, digit, i) => sum + Number(digit) * WEIGHTS[i]!, 0) % 11
    if (rest !== 1) return `${digits}-${rest === 0 ? 0 : 11 - rest}`
  }
}

/** The n-th valid Y-tunnus from 1000000 upwards (n >= 0). */
export function businessIdAt(n: number): string {
  return validBusinessIdFrom(1_000_000 + n * 3)
}

export function client(n: number, extra: Partial<Client> = {}): Client {
  return { businessId: businessIdAt(n), name: `Asiakas ${n} Oy`, tags: [], mandates: [], ...extra }
}

export function portfolio(clients: Client[], firm: Partial<Portfolio['firm']> = {}): Portfolio {
  return { version: 2, firm: { businessId: '0913909-2', services: ['employer', 'occupational-health'], ownMandates: [], ...firm }, clients }
}

export function finding(id: FindingId, severity: Finding['severity'] = 'blocking'): Finding {
  return { id, severity, certainty: 'certain', fixedBy: 'client', title: id, explanation: '', steps: [], links: [], sources: [] }
}

export function result(verdict: Verdict, ids: FindingId[] = [], severity?: Finding['severity']): Result {
  return { verdict, service: 'employer', findings: ids.map((id) => finding(id, severity)), questions: [] }
}

export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(`test/fixtures/csv/${name}`))
