import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { HOST_ORIGINS } from '../../../../src/extension/popup/host-origins.ts'

test('the popup asks for exactly the manifest host permissions', () => {
  const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as { host_permissions: string[] }
  expect(HOST_ORIGINS).toEqual(manifest.host_permissions)
})
