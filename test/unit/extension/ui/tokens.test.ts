// Our CSS tokens carry the values of the suomifi-design-tokens package, name by name.
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { suomifiDesignTokens } from 'suomifi-design-tokens'

const css = readFileSync('src/extension/ui/tokens.css', 'utf8')
const declared = [...css.matchAll(/--sfi-([a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()] as const)
const camel = (kebab: string) => kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())

test('every --sfi-* custom property equals the package token of the same name', () => {
  expect(declared.length).toBeGreaterThan(20)
  const tokens = suomifiDesignTokens as unknown as Record<string, Record<string, string>>
  const typographyFamily = /font-family: ([^;]+);/.exec(tokens.typography!.bodyText!)![1]
  for (const [name, value] of declared) {
    const [group, ...rest] = name.split('-')
    const key = camel(rest.join('-'))
    if (group === 'color') expect(value, name).toBe(tokens.colors![key])
    else if (group === 'spacing') expect(value, name).toBe(tokens.spacing![key])
    else if (group === 'radius') expect(value, name).toBe(tokens.radiuses![key])
    else if (group === 'shadow') expect(value, name).toBe(tokens.shadows![`${key}Shadow`])
    else if (name === 'typography-font-family') expect(value).toBe(typographyFamily)
    else throw new Error(`unknown token group: ${name}`)
  }
})
