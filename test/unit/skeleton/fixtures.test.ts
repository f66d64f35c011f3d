// Every fixture page's skeleton classifies as the page does, and is a valid skeleton that
// survives JSON; the seeded personal data of the fixtures never reaches a skeleton.
import { describe, expect, test } from 'vitest'
import { classifyPage } from '../../../src/core/page/classify.ts'
import { parseSkeleton } from '../../../src/core/skeleton/format.ts'
import { allFixtures } from '../../fixtures/fixture-pages.ts'
import { classifySkeleton, parse, skeletonOf } from './helpers.ts'

describe.each(allFixtures())('$file', (fixture) => {
  const skeleton = skeletonOf(fixture.html, fixture.url, fixture.status)
  test('its skeleton classifies as the page does', () => {
    const page = classifyPage({ doc: parse(fixture.html, fixture.url), url: fixture.url, status: fixture.status })
    const fromSkeleton = classifySkeleton(skeleton)
    expect({ kind: fromSkeleton.kind, service: fromSkeleton.service, lang: fromSkeleton.lang }).toEqual({ kind: page.kind, service: page.service, lang: page.lang })
    expect(fromSkeleton.kind).toBe(fixture.kind)
  })

  test('the skeleton is valid after a round trip through JSON, and holds no digits, e-mail or identity code', () => {
    const text = JSON.stringify(skeleton)
    expect(parseSkeleton(JSON.parse(text))).toEqual({ ok: true, skeleton })
    const visible = JSON.stringify({ ...skeleton, url: '', status: null })
    expect(visible).not.toMatch(/\d{3}/)
    expect(text).not.toMatch(/@[a-z0-9-]+\./i)
    expect(text).not.toMatch(/\d{6}[-+A]\d{3}/)
  })
})
