import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Sha256, sha256OfBlob } from '@dvc-kit/client/uploads';

const hex = (buffer: ArrayBuffer) => Buffer.from(buffer).toString('hex');
const subtle = async (bytes: Uint8Array) => hex(await crypto.subtle.digest('SHA-256', Uint8Array.from(bytes)));

test('known vectors (FIPS 180-4 / NIST)', () => {
  const text = (s: string) => new TextEncoder().encode(s);
  assert.equal(new Sha256().hex(), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  assert.equal(new Sha256().update(text('abc')).hex(), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  assert.equal(
    new Sha256().update(text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).hex(),
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
  );
  const million = new Uint8Array(1_000_000).fill(0x61);
  assert.equal(new Sha256().update(million).hex(), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
});

test('matches crypto.subtle for every length around block boundaries, fed in odd pieces', async () => {
  const data = new Uint8Array(300);
  for (let i = 0; i < data.length; i++) data[i] = (i * 31 + 7) & 0xff;
  for (let length = 0; length <= 200; length++) {
    const message = data.subarray(0, length);
    const hash = new Sha256();
    for (let at = 0; at < length; at += 1 + (at % 13)) hash.update(message.subarray(at, Math.min(length, at + 1 + (at % 13))));
    assert.equal(hash.hex(), await subtle(message), `length ${length}`);
  }
});

test('hashes a multi-chunk Blob one slice at a time, as crypto.subtle does', async () => {
  const bytes = new Uint8Array(65_536 * 5 + 123);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
  const seen: number[] = [];
  const digest = await sha256OfBlob(new Blob([bytes]), 65_536, undefined, (n) => seen.push(n));
  assert.equal(digest, await subtle(bytes));
  assert.deepEqual(seen, [65_536, 131_072, 196_608, 262_144, 327_680, 327_803]);
});

test('refuses use after digest', () => {
  const hash = new Sha256();
  hash.digest();
  assert.throws(() => hash.update(new Uint8Array(1)));
  assert.throws(() => hash.digest());
});
