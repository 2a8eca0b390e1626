// The committed src/generated/portal.ts must be what openapi-typescript makes of the YAML now.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { generatedUrl, renderPortalTypes } from '../scripts/generate-types.mjs';

test('generated types are up to date with portal.openapi.yaml', async () => {
  const fresh = await renderPortalTypes();
  const committed = await readFile(generatedUrl, 'utf8');
  assert.ok(
    committed === fresh,
    'packages/spec/src/generated/portal.ts is stale: run npm run gen (and commit the result)',
  );
});
