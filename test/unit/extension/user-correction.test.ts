// The user's word on a tab against the page classifier's (src/extension/background/user-correction.ts):
// it holds for the page it was said on, through reloads and re-checks of the same address, and
// ends when the tab shows another page.
import { describe, expect, test } from 'vitest'
import { afterPageReport, onTabLoading, userState } from '../../../src/extension/background/user-correction.ts'
import { badgeFor } from '../../../src/extension/background/badge.ts'
import { TabState, type PageReport } from '../../../src/extension/protocol.ts'

const PAGE = 'https://asiointi.kela.fi/tyonantaja/etusivu'
const OTHER = 'https://asiointi.kela.fi/tyonantaja/ilmoitukset'
const none: PageReport = { kind: 'none', service: 'employer', lang: 'fi', evidence: [] }
const failure: PageReport = { kind: 'no-access', service: 'employer', lang: 'fi', evidence: ['heading:no-access'] }
const classified = { ...failure, url: PAGE, at: 1 }

describe('the user says what they see', () => {
  test.each(['no-access', 'organisation-not-listed', 'function-denied'] as const)('%s becomes the tab\'s kind, marked as theirs, without the query', (situation) => {
    const state = userState(situation, `${PAGE}?hetu=010101-123N#x`, 5)
    expect(state).toEqual({ kind: situation, service: null, lang: null, evidence: ['user:reported'], url: PAGE, at: 5, reportedBy: 'user', situation })
    expect(TabState.safeParse(state).success).toBe(true)
  })

  test('the e-service and language the page showed are kept, from that page only', () => {
    const seen = { url: PAGE, service: 'employer' as const, lang: 'sv' as const }
    expect(userState('no-access', `${PAGE}?x=1`, 5, seen)).toMatchObject({ service: 'employer', lang: 'sv' })
    expect(userState('no-access', OTHER, 5, seen)).toMatchObject({ service: null, lang: null })
  })

  test('"something else" is kept as the user\'s report with no page kind, and shows a neutral badge', () => {
    const state = userState('something-else', PAGE, 5)
    expect(state).toMatchObject({ kind: 'none', reportedBy: 'user', situation: 'something-else' })
    expect(badgeFor(state, 'en')).toEqual({ text: '?', color: '#2a6ebb', title: 'Valtuusapu: You reported that you cannot get on' })
  })

  test('the badge says the state is the user\'s own report', () => {
    expect(badgeFor(userState('organisation-not-listed', PAGE, 5), 'fi').title).toBe('Valtuusapu: Organisaatiota ei voi valita (oma ilmoituksesi)')
    expect(badgeFor(classified, 'fi').title).toBe('Valtuusapu: Et pääse asiointipalveluun')
  })

  test('the classifier does not overrule it on the same page, whatever it reports', () => {
    const state = userState('function-denied', PAGE, 5)
    expect(afterPageReport(none, PAGE, state, null)).toBe('keep')
    expect(afterPageReport(failure, `${PAGE}?page=2`, state, null)).toBe('keep')
  })

  test('on another page (a single-page app\'s soft navigation) the classifier decides again', () => {
    const state = userState('function-denied', PAGE, 5)
    expect(afterPageReport(none, OTHER, state, null)).toBe('clear')
    expect(afterPageReport(failure, OTHER, state, null)).toBe('record')
  })

  test('it ends when the tab loads another page, or one the extension may not read', () => {
    const state = userState('no-access', PAGE, 5)
    expect(onTabLoading(PAGE, state, null)).toEqual({ dropFine: false, clearUserState: false })
    expect(onTabLoading(OTHER, state, null)).toEqual({ dropFine: false, clearUserState: true })
    expect(onTabLoading(undefined, state, null)).toEqual({ dropFine: false, clearUserState: true })
    expect(onTabLoading(OTHER, classified, null).clearUserState).toBe(false)
  })
})

describe('the user says this page is fine', () => {
  const fine = { url: PAGE, at: 9 }
  test('a failure reported again on the same page (reload, re-check) stays cleared', () => {
    expect(afterPageReport(failure, PAGE, null, fine)).toBe('clear')
    expect(afterPageReport(failure, `${PAGE}?a=1#b`, null, fine)).toBe('clear')
  })

  test('a failure on another page is shown', () => {
    expect(afterPageReport(failure, OTHER, null, fine)).toBe('record')
    expect(afterPageReport(failure, OTHER, null, null)).toBe('record')
  })

  test('the mark is dropped when the tab loads another page, kept on a reload', () => {
    expect(onTabLoading(PAGE, null, fine)).toEqual({ dropFine: false, clearUserState: false })
    expect(onTabLoading(OTHER, null, fine)).toEqual({ dropFine: true, clearUserState: false })
    expect(onTabLoading(undefined, null, fine)).toEqual({ dropFine: true, clearUserState: false })
  })
})
