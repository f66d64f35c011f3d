// Suomi.fi sends no reminder before a mandate ends: warn 30 days ahead about a mandate the
// user's access relies on.
import { DURATIONS } from '../../knowledge/index.ts'
import { daysUntil, workingLinks } from '../analyse.ts'
import { fromClient } from '../hits.ts'
import type { Hit, Rule } from '../rule.ts'
import { sentences } from '../text.ts'

const horizon = DURATIONS.expiryWarning.value

export const rule: Rule = {
  id: 'expires-soon',
  severity: 'warning',
  fixedBy: 'organisation-admin',
  sources: DURATIONS.defaultMandateValidity.sources,
  links: ['valtuudet'],
  fires: (a) => {
    if (a.viaRole || a.roleState === 'exempt') return []
    const hits: Hit[] = []
    for (const link of workingLinks(a)) {
      // The link holds as long as its longest-running mandate does; open-ended = no warning.
      const ends = link.mandates.map((m) => m.validUntil)
      if (ends.some((end) => end === undefined)) continue
      const last = (ends as string[]).sort()[ends.length - 1]!
      const days = daysUntil(a, last)
      if (days < 0 || days > horizon) continue
      const hit: Hit = { certainty: 'certain', date: last, days }
      if (fromClient(link)) hit.fixedBy = 'client'
      hits.push(hit)
    }
    return hits
  },
  text: {
    fi: {
      title: () => 'Valtuus päättyy pian',
      explanation: (c) => sentences(
        `Valtuus, jota käytät, on voimassa ${c.date} asti (${c.days === 0 ? 'päättyy tänään' : `${c.days} päivää jäljellä`}).`,
        'Suomi.fi ei muistuta päättymisestä.',
      ),
      steps: (c) => [`Pyydä ${c.byClient ? 'asiakasta' : 'valtuuksien hallinnoijaa'} uusimaan valtuus ajoissa.`, c.check],
    },
    sv: {
      title: () => 'Fullmakten går snart ut',
      explanation: (c) => sentences(
        `Fullmakten du använder gäller till och med ${c.date} (${c.days === 0 ? 'går ut i dag' : `${c.days} dagar kvar`}).`,
        'Suomi.fi påminner inte om att den upphör.',
      ),
      steps: (c) => [`Be ${c.byClient ? 'kunden' : 'den som administrerar fullmakterna'} att förnya fullmakten i tid.`, c.check],
    },
    en: {
      title: () => 'A mandate ends soon',
      explanation: (c) => sentences(
        `A mandate you rely on is valid until ${c.date} (${c.days === 0 ? 'it ends today' : `${c.days} days left`}).`,
        'Suomi.fi sends no reminder before it ends.',
      ),
      steps: (c) => [`Ask ${c.byClient ? 'the client' : 'the person who manages mandates'} to renew the mandate in time.`, c.check],
    },
  },
}
