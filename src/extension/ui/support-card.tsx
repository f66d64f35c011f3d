// Kela technical support: how to reach it and whether it is open now, in Helsinki time and
// aware of Finnish days off. Contact and hours come from the knowledge base; the days off are
// Kela customer service's (KELA_SUPPORT_DAYS_OFF, assumed for technical support, and the card
// says so), computed in time/finnish-holidays.ts.
import { KELA_TECHNICAL_SUPPORT, openingHoursText } from '../../core/knowledge/index.ts'
import { useI18n, LOCALES, type Translate } from './i18n/index.ts'
import { ExternalLink, Card } from './components.tsx'
import { availability, helsinkiDaysBetween, HELSINKI, type DailyHours } from './time/opening-hours.ts'
import type { Lang } from '../../core/contract/ids.ts'
import { useUiEnv } from './env.ts'

const support = KELA_TECHNICAL_SUPPORT
/** Weekdays only: the knowledge base gives Monday to Friday (availability() knows no other week). */
const HOURS: DailyHours = { opensMinutes: support.hours!.from, closesMinutes: support.hours!.to }

/** A Finnish number as a tel: URI (020 634 7787 -> +358206347787). */
export const telUri = (phone: string): string => `tel:+358${phone.replace(/\s/g, '').replace(/^0/, '')}`

/** The status line: "Open now, until 17:00." or "Closed now. Opens on Mon 28 December at 7:00." (dates in English spelled out: 09/03 reads two ways). */
export function supportStatus(now: Date, lang: Lang, t: Translate): string[] {
  const state = availability(now, HOURS)
  const time = (at: Date) => new Intl.DateTimeFormat(LOCALES[lang], { timeZone: HELSINKI, hour: 'numeric', minute: '2-digit' }).format(at)
  if (state.open) {
    const lines = [t('supportOpenNow', { time: time(state.closesAt) })]
    if (state.shortDay) lines.push(t('supportShortDay', { day: t(`day.${state.shortDay}`) }))
    return lines
  }
  const lines = state.dayOff ? [t('supportClosedToday', { holiday: t(`day.${state.dayOff}`) })] : []
  const days = helsinkiDaysBetween(now, state.opensAt)
  if (days === 0) lines.push(t('supportOpensToday', { time: time(state.opensAt) }))
  else if (days === 1) lines.push(t('supportOpensTomorrow', { time: time(state.opensAt) }))
  else {
    const day = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: HELSINKI, weekday: 'short', day: 'numeric', month: lang === 'en' ? 'long' : 'numeric' }).format(state.opensAt)
    lines.push(t('supportOpensOn', { day, time: time(state.opensAt) }))
  }
  return lines
}

export function SupportCard({ emphasised = false }: { emphasised?: boolean }) {
  const { lang, t } = useI18n()
  const env = useUiEnv()
  const status = supportStatus(env.now(), lang, t)
  const open = availability(env.now(), HOURS).open
  const hours = openingHoursText(support.hours!, lang)
  return (
    <Card class={`support-card${emphasised ? ' support-card-emphasised' : ''}`} labelledBy="support-heading" testId="support-card">
      <h2 id="support-heading">{support.names[lang]}</h2>
      <p class="support-when">{t('supportWhen')}</p>
      <p class="support-cannot" data-testid="support-cannot">{t('supportCannot')}</p>
      <p class={`support-status ${open ? 'is-open' : 'is-closed'}`} data-testid="support-status" data-open={String(open)}>
        {status.map((line) => <span key={line}>{line} </span>)}
      </p>
      <dl class="support-contacts">
        <dt>{t('supportPhone')}</dt>
        <dd><ExternalLink url={telUri(support.phone!)}>{support.phone}</ExternalLink></dd>
        <dt>{t('supportEmail')}</dt>
        <dd><ExternalLink url={`mailto:${support.email}`}>{support.email}</ExternalLink></dd>
      </dl>
      <p class="support-hours">
        {hours.charAt(0).toUpperCase() + hours.slice(1)}. {t('supportHolidaysNote')}
      </p>
    </Card>
  )
}
