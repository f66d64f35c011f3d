// Expiry reminders on the page (issue 6 point 5): recorded mandates in force that end within 30
// days, soonest first. Suomi.fi sends no reminder before a mandate expires, so this is the one.
import { useMemo, useState } from 'preact/hooks'
import { endingMandates, REMINDER_DAYS, type Reminder } from '../../core/portfolio/reminders.ts'
import { Button } from '../ui/components.tsx'
import { formatCount, formatDate } from './format.ts'
import { usePortfolioText } from './i18n/index.ts'
import { mandateTypeName } from './mandates/mandate-text.ts'
import { usePage } from './page-context.ts'

const SHOWN = 5

export function Reminders() {
  const { lang, pt } = usePortfolioText()
  const { state, now, select } = usePage()
  const reminders = useMemo(() => endingMandates(state.portfolio, now), [state.portfolio, now])
  const [all, setAll] = useState(false)
  if (reminders.length === 0) return null
  const clients = new Set(reminders.map((reminder) => reminder.client?.businessId ?? 'own')).size
  const shown = all ? reminders : reminders.slice(0, SHOWN)
  return (
    <section class="reminders card" aria-labelledby="reminders-heading" data-testid="reminders" data-count={reminders.length} data-clients={clients}>
      <h2 id="reminders-heading">{pt('remindersHeading', { days: REMINDER_DAYS })}</h2>
      <p>{pt('remindersLead', { count: formatCount(reminders.length, lang), clients: formatCount(clients, lang) })}</p>
      <ul class="reminder-list">
        {shown.map((reminder, i) => (
          <li key={i} data-testid="reminder" data-client={reminder.client?.businessId ?? 'own'}>
            {reminderLine(reminder)}
            {reminder.client && (
              <Button variant="link" onClick={() => select(reminder.client!.businessId)} aria-label={pt('openClientNamed', { name: reminder.client.name ?? reminder.client.businessId })}>
                {pt('openClient')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {reminders.length > SHOWN && (
        <Button variant="secondary" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? pt('showFewer') : pt('showAll', { count: formatCount(reminders.length, lang) })}
        </Button>
      )}
    </section>
  )

  function reminderLine(reminder: Reminder) {
    const who = reminder.client ? `${reminder.client.name ?? ''} (${reminder.client.businessId})`.trim() : pt('ownMandates')
    const when = reminder.daysLeft === 0 ? pt('endsToday') : pt('endsInDays', { days: reminder.daysLeft, date: formatDate(reminder.endsOn, lang) })
    return <span class="reminder-line"><strong>{who}</strong>: {mandateTypeName(reminder.mandate.type, lang)}, {when}</span>
  }
}
