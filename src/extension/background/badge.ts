// What the toolbar button shows for a tab's state. Pure, so it is tested in node.
// One colour and one short text per failure kind, and a title that says what was found, in the
// browser's UI language (fi, sv, en; anything else gets Finnish, like the rest of the extension).
import type { FailureKind } from '../../core/contract/ids.ts'
import type { TabState } from '../protocol.ts'

export interface Badge {
  text: string
  color: string
  title: string
}

// Blue and red are Suomi.fi's brandBase and alertBase (suomifi-design-tokens); the others are
// picked to tell the kinds apart, each with at least 4.5:1 contrast to the white badge text
// (a unit test checks it).
const NEUTRAL = '#2a6ebb'
const LOOKS: Record<FailureKind, { text: string; color: string }> = {
  'identification-failed': { text: 'ID', color: '#00347a' },
  'session-expired': { text: '⏱', color: '#5f686d' },
  'no-access': { text: '!', color: '#c5283a' },
  'organisation-not-listed': { text: '?', color: '#a84f00' },
  'function-denied': { text: '!', color: '#7b2a72' },
  'service-error': { text: '×', color: '#1f2328' },
}

const FOUND: Record<'fi' | 'sv' | 'en', Record<FailureKind, string>> = {
  fi: {
    'identification-failed': 'Suomi.fi-tunnistautuminen epäonnistui tai keskeytettiin',
    'session-expired': 'Istunto on vanhentunut',
    'no-access': 'Et pääse asiointipalveluun',
    'organisation-not-listed': 'Organisaatiota ei voi valita',
    'function-denied': 'Toiminto ei ole sallittu',
    'service-error': 'Palvelussa on virhe tai huoltokatko',
  },
  sv: {
    'identification-failed': 'Suomi.fi-identifieringen misslyckades eller avbröts',
    'session-expired': 'Sessionen har gått ut',
    'no-access': 'Du kommer inte in i e-tjänsten',
    'organisation-not-listed': 'Organisationen kan inte väljas',
    'function-denied': 'Funktionen är inte tillåten',
    'service-error': 'Fel eller underhållsavbrott i tjänsten',
  },
  en: {
    'identification-failed': 'Suomi.fi identification failed or was cancelled',
    'session-expired': 'The session has expired',
    'no-access': 'You cannot get into the e-service',
    'organisation-not-listed': 'The organisation cannot be chosen',
    'function-denied': 'The function is not permitted',
    'service-error': 'The service shows an error or maintenance',
  },
}

/** The user said what they see (ui-bg-report-situation): said so in the title. */
const USER_SAID: Record<'fi' | 'sv' | 'en', { suffix: string; somethingElse: string }> = {
  fi: { suffix: ' (oma ilmoituksesi)', somethingElse: 'Ilmoitit, että asiointi ei onnistu' },
  sv: { suffix: ' (enligt dig)', somethingElse: 'Du angav att ärendet inte går att sköta' },
  en: { suffix: ' (as you reported)', somethingElse: 'You reported that you cannot get on' },
}

export function badgeFor(state: TabState | null, uiLanguage: string): Badge {
  const prefix = uiLanguage.slice(0, 2).toLowerCase()
  const lang = prefix === 'sv' || prefix === 'en' ? prefix : 'fi'
  if (state?.situation === 'something-else') return { text: '?', color: NEUTRAL, title: `Valtuusapu: ${USER_SAID[lang].somethingElse}` }
  if (state === null || state.kind === 'none') return { text: '', color: NEUTRAL, title: 'Valtuusapu' }
  const suffix = state.reportedBy === 'user' ? USER_SAID[lang].suffix : ''
  return { ...LOOKS[state.kind], title: `Valtuusapu: ${FOUND[lang][state.kind]}${suffix}` }
}
