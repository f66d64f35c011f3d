// The matrix rows computed a slice at a time: placeholders until computed, the same rows as the
// core's buildMatrix once done, only edited clients recomputed, everything again after a firm change.
import { describe, expect, test, vi } from 'vitest'
import { buildMatrix, updateClient, updateFirm, type Portfolio } from '../../../../src/core/portfolio/index.ts'
import { diagnose } from '../../../../src/core/diagnosis/index.ts'
import { byName, RowComputer } from '../../../../src/extension/portfolio/matrix/row-computer.ts'
import { client, portfolio } from '../../portfolio/helpers.ts'

const now = new Date('2026-03-04T08:00:00Z')
const list = (n: number) => portfolio(Array.from({ length: n }, (_, i) => client(i, { name: `Asiakas ${String(n - i).padStart(3, '0')} Oy`, mandatesCheckedOn: i % 2 ? '2026-03-01' : undefined })), { ownMandatesCheckedOn: '2026-03-01' })

describe('RowComputer', () => {
  test('placeholders first; once computed, the rows are buildMatrix\'s', () => {
    const p = list(60)
    const computer = new RowComputer(diagnose)
    const before = computer.snapshot(p, now)
    expect(before.pending.size).toBe(60)
    expect(before.rows.every((row) => row.worst === 'unknown' && row.cells.length === 2)).toBe(true)
    expect(computer.compute(p, byName(p.clients, 'fi'), now, 'fi', () => true)).toBe(0)
    const after = computer.snapshot(p, now)
    expect(after.pending.size).toBe(0)
    expect(after.rows).toEqual(buildMatrix(p, { now, lang: 'fi' }).rows)
  })

  test('the clients first in the order are computed first; the rest wait for time', () => {
    const p = list(100)
    const computer = new RowComputer(diagnose)
    const order = byName(p.clients, 'fi')
    expect(computer.compute(p, order, now, 'fi', () => false, 10)).toBe(90)
    const { pending } = computer.snapshot(p, now)
    expect(order.slice(0, 10).some((c) => pending.has(c.businessId))).toBe(false)
    expect(order.slice(10).every((c) => pending.has(c.businessId))).toBe(true)
  })

  test('an edited client is recomputed alone; a firm change recomputes all', () => {
    const p = list(30)
    const engine = vi.fn(diagnose)
    const computer = new RowComputer(engine)
    computer.compute(p, p.clients, now, 'fi', () => true)
    expect(engine).toHaveBeenCalledTimes(60)
    const edited = updateClient(p, p.clients[3]!.businessId, { name: 'Uusi nimi Oy', tags: [] })
    if (!edited.ok) throw new Error(edited.error)
    expect(computer.compute(edited.portfolio, edited.portfolio.clients, now, 'fi', () => true)).toBe(0)
    expect(engine).toHaveBeenCalledTimes(62)
    const firm = updateFirm(edited.portfolio, { services: ['employer'] })
    if (!firm.ok) throw new Error('firm')
    expect(computer.snapshot(firm.portfolio, now).pending.size).toBe(30)
    computer.compute(firm.portfolio, firm.portfolio.clients, now, 'fi', () => true)
    expect(engine).toHaveBeenCalledTimes(92)
    expect(computer.snapshot(firm.portfolio, now).rows).toEqual(buildMatrix(firm.portfolio, { now, lang: 'fi' }).rows)
  })

  test('byName sorts in the language\'s collation (Ä after Z in Finnish)', () => {
    const p: Portfolio = portfolio([client(1, { name: 'Äijä Oy' }), client(2, { name: 'Zeta Oy' }), client(3, { name: 'Alfa Oy' })])
    expect(byName(p.clients, 'fi').map((c) => c.name)).toEqual(['Alfa Oy', 'Zeta Oy', 'Äijä Oy'])
  })
})
