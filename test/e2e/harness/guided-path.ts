// Walks the popup's guided flow with the keyboard alone (Tab, arrows, Space, Enter, typing),
// answering whatever question the engine asks next from one scripted set of answers: an
// accounting-firm employee acting for a client, holding an asiointivaltuus where an
// edustamisvaltuus is needed (contract example 01). Used by the e2e tests and the demo.
// `engineAsks` replays a finished path in node, so a test can check that every question the
// popup showed was the one the engine asked at that point.
import type { Page } from 'playwright-core'
import type { Case } from '../../../src/core/contract/case.ts'
import type { QuestionId } from '../../../src/core/contract/result.ts'
import { diagnose } from '../../../src/core/diagnosis/index.ts'
import { applyAnswers, openQuestions, type Answers } from '../../../src/extension/popup/guided/answers.ts'

/** Presses Tab until the element matching `selector` has focus; fails if it never does. */
export async function tabTo(page: Page, selector: string, maxPresses = 120): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    const focused = await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)
    if (focused) return
    await page.keyboard.press('Tab')
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))
  throw new Error(`Tab never reached ${selector}; focus is on ${focused}`)
}

export const ORGANISATION = '0913909-2'
export const CLIENT = '9603082-8'

/** The option each choice question gets, by its index in the widget (the order of the contract's enums). */
const CHOICE_INDEX: Record<string, number> = {
  service: 0,            // employer
  'acting-for': 1,       // client
  symptom: 1,            // organisation-not-listed
  identification: 0,     // strong
  'identity-code': 0,    // finnish
  'register-role': 6,    // none
  'organisation-type': 0, // company
  task: 0,               // the service's first Kela theme
}

async function chooseOption(page: Page, question: string, index: number): Promise<void> {
  const scope = `[data-testid="question-${question}"]`
  await tabTo(page, `${scope} input[type="radio"]`)
  if (index === 0) await page.keyboard.press('Space')
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown')
  await tabTo(page, `${scope} button[type="submit"]`)
  await page.keyboard.press('Enter')
}

async function typeAnswer(page: Page, question: string, text: string): Promise<void> {
  await tabTo(page, `#answer-${question}`)
  await page.keyboard.type(text)
  await page.keyboard.press('Enter')
}

/** One mandate entered by hand: from the firm to me, an asiointivaltuus for the first Kela theme. */
async function enterMandates(page: Page): Promise<void> {
  const form = '[data-testid="mandate-form"]'
  // "Who gave it": the firm itself (the default); its Y-tunnus is typed when not known yet.
  if (await page.locator('#mandator-id').count()) {
    await tabTo(page, '#mandator-id')
    await page.keyboard.type(ORGANISATION)
  }
  await tabTo(page, `${form} input[name="mandate-type"]`)
  await page.keyboard.press('Space') // asiointivaltuus, the first type
  await tabTo(page, `${form} input[type="checkbox"]`)
  await page.keyboard.press('Space') // the first theme listed
  await tabTo(page, `${form} [data-testid="add-mandate"]`)
  await page.keyboard.press('Enter')
  await page.locator('[data-testid="entered-mandates"] li').first().waitFor()
  await tabTo(page, '[data-testid="question-mandates"] button[type="submit"]')
  await page.keyboard.press('Enter')
}

/** Answers questions until none is open; returns the ids in the order they were asked. */
export async function walkGuidedPath(page: Page, maxQuestions = 12): Promise<string[]> {
  const asked: string[] = []
  for (let i = 0; i < maxQuestions; i++) {
    const current = (await page.getByTestId('guided-flow').getAttribute('data-current')) ?? ''
    if (!current) return asked
    asked.push(current)
    if (current in CHOICE_INDEX) await chooseOption(page, current, CHOICE_INDEX[current]!)
    else if (current === 'mandates') await enterMandates(page)
    else if (current === 'client-business-id') await typeAnswer(page, current, CLIENT)
    else if (current === 'workplace') await typeAnswer(page, current, '12')
    else throw new Error(`no scripted answer for ${current}`)
    await page.waitForFunction(
      (previous) => document.querySelector('[data-testid="guided-flow"]')?.getAttribute('data-current') !== previous,
      current,
      { timeout: 10_000 },
    ).catch(() => {
      throw new Error(`the answer to "${current}" was not taken`)
    })
    // A new question takes focus once it is on screen; a person waits for that, and so do we
    // (keys pressed earlier would land on the old focus).
    const next = await page.getByTestId('guided-flow').getAttribute('data-current')
    if (next) await page.waitForFunction(() => document.activeElement?.classList.contains('question-title') ?? false, undefined, { timeout: 10_000 })
  }
  throw new Error(`still asking after ${maxQuestions} questions: ${asked.join(', ')}`)
}

/** Each answered question's value in a case, and the case without it (what the page alone gave). */
const FIELDS: Record<QuestionId, { get(c: Case): unknown; drop(c: Case): void }> = {
  service: { get: (c) => c.service, drop: (c) => delete c.service },
  'acting-for': { get: (c) => c.actingFor, drop: (c) => delete c.actingFor },
  symptom: { get: (c) => c.symptom, drop: (c) => delete c.symptom },
  mandates: { get: (c) => c.mandates, drop: (c) => delete c.mandates },
  identification: { get: (c) => c.user?.identification, drop: (c) => delete c.user?.identification },
  'identity-code': { get: (c) => c.user?.identityCode, drop: (c) => delete c.user?.identityCode },
  'register-role': { get: (c) => c.user?.registerRole, drop: (c) => delete c.user?.registerRole },
  'organisation-type': { get: (c) => c.organisation?.type, drop: (c) => delete c.organisation?.type },
  'client-business-id': { get: (c) => c.client?.businessId, drop: (c) => delete c.client },
  task: { get: (c) => c.task, drop: (c) => delete c.task },
  workplace: { get: (c) => c.workplace, drop: (c) => delete c.workplace },
}

/**
 * The questions the engine asks, one after the other, when the answers in `final` (the case the
 * popup copied at the end) are given in the order `asked`: what the popup should have shown.
 */
export function engineAsks(final: Case, asked: readonly QuestionId[]): QuestionId[] {
  const base: Case = structuredClone(final)
  for (const id of asked) FIELDS[id].drop(base)
  if (base.user && Object.keys(base.user).length === 0) delete base.user
  if (base.organisation && Object.keys(base.organisation).length === 0) delete base.organisation
  const answers: Answers = {}
  const shown: QuestionId[] = []
  for (let i = 0; i <= asked.length; i++) {
    const value = applyAnswers(base, answers)
    const next = openQuestions(diagnose(value), value)[0]
    if (!next) break
    shown.push(next)
    Object.assign(answers, { [next]: FIELDS[next].get(final) })
  }
  return shown
}
