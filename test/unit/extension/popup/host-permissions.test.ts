import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { HOST_PERMISSIONS } from '../../../../src/extension/protocol.ts'

// The popup's "grant access" asks for HOST_PERMISSIONS (tab-actions.ts), the background checks them.
test('the hosts asked for are exactly the manifest host permissions', () => {
  const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as { host_permissions: string[] }
  expect(HOST_PERMISSIONS).toEqual(manifest.host_permissions)
})
