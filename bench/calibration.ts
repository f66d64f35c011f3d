// The CPU calibration: the baseline of the benches that time JavaScript work (in node, and in a
// page for the portfolio page's CSV import). A fixed, deterministic workload of the kind the
// measured code does (JSON text to objects and back, folding and matching Finnish text, Maps and
// Sets, dates, sorting, many small objects for the garbage collector), timed alternately with the
// measurement in the same process. A machine that is slower at this moment is slower at both, so
// the measurement scaled by reference / calibration is what it would be on the quiet machine.
import { fork } from 'node:child_process'
import { join } from 'node:path'
import { interleaved, median, type Baseline } from './budget.ts'

/**
 * Makes the workload: builds its input once and returns one unit of work (about 14 ms on the
 * reference machine), which returns a checksum so that the work cannot be optimised away and a
 * changed workload is noticed (CALIBRATION_CHECKSUM). Self-contained (no imports, no outer
 * names), so that a page can run it too: `(${calibrationWorkload})()`.
 */
export function calibrationWorkload(): () => number {
  const themes = ['Palvelussuhteeseen liittyvien etuuksien hakeminen', 'Palvelussuhteeseen liittyvien etuusmaksutietojen katselu', 'Palkkatietojen ilmoittaminen']
  const needles = ['äkkö', '1000', 'palkat', 'örn oy']
  const records = Array.from({ length: 2000 }, (_, i) => ({
    businessId: `${String(1_000_000 + i * 7).padStart(7, '0')}-${i % 10}`,
    name: `Asiakasyritys ${i} "Ääkkönen & Örn"; Oy`,
    tags: i % 3 === 0 ? ['palkat', 'työterveys'] : [],
    mandates: [{ type: i % 2 ? 'asiointivaltuus' : 'edustamisvaltuus', themes: [themes[i % 3]!, themes[(i + 1) % 3]!], validUntil: `20${27 + (i % 3)}-0${1 + (i % 9)}-15` }],
  }))
  return () => {
    const parsed = JSON.parse(JSON.stringify(records)) as typeof records
    const folded = new Map<string, string>()
    const seen = new Set<string>()
    let checksum = 0
    for (const record of parsed) {
      const text = `${record.name} ${record.tags.join(' ')}`.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ')
      folded.set(record.businessId, text)
      for (const needle of needles) if (text.includes(needle)) checksum += needle.length
      for (const mandate of record.mandates) {
        for (const theme of mandate.themes) seen.add(theme)
        if (Date.parse(`${mandate.validUntil}T00:00:00Z`) > Date.UTC(2028, 0, 1)) checksum += 1
      }
      if (/^\d{7}-\d$/.test(record.businessId)) checksum += 2
    }
    const lines = parsed.map((r) => [r.businessId, `"${r.name.replaceAll('"', '""')}"`, r.tags.join(',')].join(';')).join('\r\n')
    checksum += lines.split('\r\n').reduce((sum, line) => sum + line.split(';').length, 0)
    const sorted = [...folded.entries()].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    return checksum + seen.size + sorted[0]![0].length
  }
}

/** The unit's result: a different one means the workload changed and the references are stale. */
export const CALIBRATION_CHECKSUM = 17_351

export interface Timed {
  /** CPU time of this process (user + system), ms. */
  cpu: number
  /** Wall-clock time, ms. */
  wall: number
}

/** CPU time and wall time of one call. */
export function timed(run: () => void): Timed {
  const cpu = process.cpuUsage()
  const started = performance.now()
  run()
  const wall = performance.now() - started
  const used = process.cpuUsage(cpu)
  return { cpu: (used.user + used.system) / 1000, wall }
}

/** One calibration sample: one unit of work, timed (in the process that runs the calibrator). */
export function calibrationSample(unit: () => number): Timed {
  return timed(() => {
    const sum = unit()
    if (sum !== CALIBRATION_CHECKSUM) throw new Error(`the calibration workload changed (checksum ${sum}): re-measure the references`)
  })
}

/**
 * A calibration sample's median CPU time (ms) on this machine kind when quiet: the median of the baseline's medians in six full `npm run bench` runs on a quiet machine of CI's kind (Debian, node 20, 2 cores), 2026-11-22
 * (the 36 medians of the six node benches that use it ranged 11.5-20.5 ms). Re-measure when the
 * workload changes (CALIBRATION_CHECKSUM) or CI moves to another machine kind.
 */
export const CALIBRATION_REFERENCE_MS = 17.4

/** The calibrator: a node process of its own that runs a calibration sample when asked. */
export interface Calibrator {
  sample(): Promise<Timed>
  stop(): void
}

/**
 * Starts the calibrator (bench/calibrator.ts) and warms it up. It runs in a process of its own so
 * that its samples do not pay for the garbage the measured work leaves in the bench's heap, nor
 * for the garbage collector's helper threads still finishing that work's collection: measured in
 * one process, a sample interleaved with the 10,000-row CSV import took 45 % longer than one
 * interleaved with nothing.
 */
export async function startCalibrator(): Promise<Calibrator> {
  const child = fork(join(import.meta.dirname, 'calibrator.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
  const sample = () => new Promise<Timed>((resolve, reject) => {
    const failed = (code: number | null) => reject(new Error(`the calibrator exited (${code})`))
    child.once('exit', failed)
    child.once('message', (reply) => {
      child.off('exit', failed)
      const answer = reply as Timed | { error: string }
      if ('error' in answer) reject(new Error(answer.error))
      else resolve(answer)
    })
    child.send('sample')
  })
  for (let i = 0; i < 5; i++) await sample()
  return { sample, stop: () => void child.kill() }
}

/**
 * `rounds` timed calls of `work` alternated with calibration samples (after `warmUp` rounds of
 * both that are dropped). CPU time, not wall time, is what the budgets use: measured quiet and
 * with both cores busy, the ratio of the two CPU times moved by 2 % where the wall times' ratio
 * moved by 11 % (other processes preempt the run mid-way; they do not add CPU time to it).
 */
export async function calibratedRounds(rounds: number, warmUp: number, work: () => void): Promise<{ work: Timed[]; calibration: Timed[] }> {
  const calibrator = await startCalibrator()
  try {
    const { values, baselines } = await interleaved(rounds, warmUp, () => timed(work), () => calibrator.sample())
    return { work: values, calibration: baselines }
  } finally {
    calibrator.stop()
  }
}

/**
 * The node calibration as the baseline of a CPU time in ms (`time`), or of a rate per CPU second
 * (`rate`: calibration samples per second, which falls as the machine slows, as the rate does).
 */
export function calibrationBaseline(samples: Timed[], form: 'time' | 'rate' = 'time'): Baseline {
  const ms = median(samples.map((s) => s.cpu))
  return form === 'time'
    ? { what: 'CPU calibration in a process of its own, interleaved', value: ms, unit: 'ms', reference: CALIBRATION_REFERENCE_MS }
    : { what: 'CPU calibration in a process of its own, interleaved (samples per CPU second)', value: 1000 / ms, unit: '/s', reference: 1000 / CALIBRATION_REFERENCE_MS }
}

/**
 * Source of a page script that defines `globalThis.__calibrate()`: one unit of the workload,
 * timed with the page's clock (ms). For page.evaluate / addInitScript.
 */
export function pageCalibrationScript(): string {
  // tsx keeps function names with a helper (__name) that a page does not have.
  return `globalThis.__name ??= (f) => f;
  {
    const unit = (${calibrationWorkload.toString()})();
    globalThis.__calibrate = () => {
      const started = performance.now();
      const sum = unit();
      const took = performance.now() - started;
      if (sum !== ${CALIBRATION_CHECKSUM}) throw new Error('the calibration workload changed (checksum ' + sum + ')');
      return took;
    };
  }`
}
