// Turning a broken link's defects into hits: who fixes it (the client for the client's links),
// how sure we are (an assumed party or theme makes it "likely"), and the date to name.
import type { Analysis, Defect, LinkId, LinkResult } from './analyse.ts'
import { brokenLinks } from './analyse.ts'
import type { Hit } from './rule.ts'

/** Links whose mandate comes from the client: the client fixes them. */
const FROM_CLIENT: ReadonlySet<LinkId> = new Set(['client-to-organisation', 'client-to-me'])

export const ALL_LINKS: readonly LinkId[] = ['own', 'client-to-organisation', 'organisation-to-me', 'client-to-me']

function dateFor(link: LinkResult, defects: readonly Defect[]): string | undefined {
  if (defects.includes('expired')) {
    const ends = link.mandates.map((m) => m.validUntil).filter((d): d is string => d !== undefined).sort()
    return ends[ends.length - 1]
  }
  if (defects.includes('not-yet-valid')) {
    return link.mandates.map((m) => m.validFrom).filter((d): d is string => d !== undefined).sort()[0]
  }
  return undefined
}

/** One hit per broken link (of `links`) of the explained path that has one of `defects`. */
export function defectHits(a: Analysis, defects: readonly Defect[], links: readonly LinkId[] = ALL_LINKS): Hit[] {
  const hits: Hit[] = []
  for (const link of brokenLinks(a)) {
    if (!links.includes(link.id) || !link.defects.some((d) => defects.includes(d))) continue
    const hit: Hit = { certainty: link.assumed ? 'likely' : 'certain' }
    if (FROM_CLIENT.has(link.id)) hit.fixedBy = 'client'
    const date = dateFor(link, defects)
    if (date !== undefined) hit.date = date
    hits.push(hit)
  }
  return hits
}

export const fromClient = (link: LinkResult): boolean => FROM_CLIENT.has(link.id)
