// The portfolio matrix: a row per client, a cell per selected Kela service, each cell the
// engine's verdict for that client and service. The ONE call site of the engine in the
// portfolio; tests hand in their own engine. A cell needs the verdict and the finding ids only,
// so the default engine is triage(), which gives diagnose()'s verdict and ids without writing
// the texts (six times faster on 2,000 clients x 3 services; the texts are written when the user
// opens a client, in clients/ClientDetails.tsx).
import type { Case } from '../../contract/case.ts'
import type { Lang, ServiceId } from '../../contract/ids.ts'
import type { FindingId, Verdict } from '../../contract/result.ts'
import { triage } from '../../diagnosis/engine.ts'
import { helsinkiDate, helsinkiDateTime } from '../dates.ts'
import { foldText } from '../fold.ts'
import type { Client, Portfolio } from '../model.ts'
import { chainEnd } from './chain-end.ts'
import { cellStatusOf, STATUS_RANK, type CellStatus } from './cell-status.ts'
import { clientCaseBase } from './client-case.ts'

/** What the matrix reads of the engine's result: the verdict and the finding ids. diagnose() fits too. */
export interface CellResult {
  verdict: Verdict
  findings: readonly { id: FindingId }[]
}

export type Engine = (input: Case) => CellResult

export interface MatrixCell {
  service: ServiceId
  status: CellStatus
  /** Every finding id of the result, in the engine's order, for the cell's details. */
  findings: FindingId[]
  /** The last day of the mandate chain, when it has one. */
  endsOn?: string
  daysLeft?: number
  /** The engine threw for this case: shown as unknown, never as a crash of the whole page. */
  engineError?: true
}

export interface MatrixRow {
  businessId: string
  name?: string
  tags: string[]
  cells: MatrixCell[]
  /** The worst cell status of the row. */
  worst: CellStatus
  /** The earliest chain end among the row's cells. */
  endsOn?: string
  daysLeft?: number
  /** Folded name and tags, for search. */
  searchText: string
}

export interface MatrixModel {
  services: ServiceId[]
  today: string
  rows: MatrixRow[]
}

export function buildMatrix(portfolio: Portfolio, context: { now: Date; lang: Lang }, engine: Engine = triage): MatrixModel {
  const services = [...portfolio.firm.services]
  const today = helsinkiDate(context.now)
  const caseContext = { now: helsinkiDateTime(context.now), lang: context.lang }
  const rows = portfolio.clients.map((client) => buildRow(client, clientCaseBase(client, portfolio.firm, caseContext), services, today, engine))
  return { services, today, rows }
}

function buildRow(client: Client, base: Omit<Case, 'service'>, services: ServiceId[], today: string, engine: Engine): MatrixRow {
  const cells = services.map((service) => buildCell(client.businessId, { ...base, service }, today, engine))
  let worst: CellStatus = cells.length === 0 ? 'unknown' : 'fine'
  let soonest: MatrixCell | undefined
  for (const cell of cells) {
    if (STATUS_RANK[cell.status] < STATUS_RANK[worst]) worst = cell.status
    if (cell.endsOn !== undefined && (soonest?.endsOn === undefined || cell.endsOn < soonest.endsOn)) soonest = cell
  }
  return {
    businessId: client.businessId,
    ...(client.name === undefined ? {} : { name: client.name }),
    tags: client.tags,
    cells,
    worst,
    ...(soonest?.endsOn === undefined ? {} : { endsOn: soonest.endsOn, daysLeft: soonest.daysLeft! }),
    searchText: foldText([client.name ?? '', ...client.tags].join(' ')),
  }
}

function buildCell(client: string, input: Case & { service: ServiceId }, today: string, engine: Engine): MatrixCell {
  const { service } = input
  const end = input.mandates ? chainEnd(input.mandates, service, client, today) : undefined
  const timing = end ? { endsOn: end.endsOn, daysLeft: end.daysLeft } : {}
  let result: CellResult
  try {
    result = engine(input)
  } catch {
    return { service, status: 'unknown', findings: [], ...timing, engineError: true }
  }
  return { service, status: cellStatusOf(result, end?.daysLeft), findings: result.findings.map((finding) => finding.id), ...timing }
}
