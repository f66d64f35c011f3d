// Mandates end on the date the assignor set (the default was 5 years; many given in 2018 ended
// in autumn 2023) and Suomi.fi sends no reminder. Ended mandates move to a separate list.
import { DURATIONS } from '../../knowledge/index.ts'
import { defectHits } from '../hits.ts'
import type { Rule } from '../rule.ts'
import { sentences } from '../text.ts'

const years = DURATIONS.defaultMandateValidity.value

export const rule: Rule = {
  id: 'mandate-expired',
  severity: 'blocking',
  fixedBy: 'organisation-admin',
  sources: [
    ...DURATIONS.defaultMandateValidity.sources,
    ...DURATIONS.expiredMandatesShown.sources,
  ],
  links: ['valtuudet'],
  fires: (a) => defectHits(a, ['expired']),
  text: {
    fi: {
      title: () => 'Valtuus on päättynyt',
      explanation: (c) => sentences(
        `Valtuus, joka kattaisi tehtäväsi, päättyi ${c.date}.`,
        `Suomi.fi ei muistuta valtuuksien päättymisestä, ja moni valtuus annettiin aikanaan ${years} vuodeksi.`,
      ),
      steps: (c) => [
        c.byClient
          ? `Pyydä asiakasta antamaan organisaatiollesi uusi asiointivaltuus valtuusasialla ${c.theme}.`
          : `Pyydä valtuuksien hallinnoijaa antamaan sinulle uusi valtuus valtuusasialla ${c.theme}.`,
        c.byClient ? c.checkOrganisation : c.grant,
      ],
    },
    sv: {
      title: () => 'Fullmakten har gått ut',
      explanation: (c) => sentences(
        `Den fullmakt som skulle täcka din uppgift upphörde ${c.date}.`,
        `Suomi.fi påminner inte om att fullmakter upphör, och många fullmakter gavs för ${years} år.`,
      ),
      steps: (c) => [
        c.byClient
          ? `Be kunden ge din organisation en ny ärendefullmakt med fullmaktsärendet ${c.theme}.`
          : `Be den som administrerar fullmakterna att ge dig en ny fullmakt med fullmaktsärendet ${c.theme}.`,
        c.byClient ? c.checkOrganisation : c.grant,
      ],
    },
    en: {
      title: () => 'The mandate has ended',
      explanation: (c) => sentences(
        `The mandate that would cover your task ended on ${c.date}.`,
        `Suomi.fi sends no reminder before a mandate ends, and many mandates were granted for ${years} years.`,
      ),
      steps: (c) => [
        c.byClient
          ? `Ask the client to grant your organisation a new mandate for transactions with the theme ${c.theme}.`
          : `Ask the person who manages mandates to grant you a new mandate with the theme ${c.theme}.`,
        c.byClient ? c.checkOrganisation : c.grant,
      ],
    },
  },
}
