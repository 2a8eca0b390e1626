import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from 'valibot';
import { PaymentSchema, TemplateSchema, WebhookSubscriptionSchema } from '../src/index.js';

// Links in responses end up as hrefs and redirects in the agency's page: a `javascript:` link
// from a broken or hostile portal must fail validation (the client then raises invalid_response).
test('a template link may be relative or http(s), never another scheme', () => {
  assert.equal(v.is(TemplateSchema, { name: 'Mẫu TK1-TS.docx', url: '/templates/tk1.docx' }), true);
  assert.equal(v.is(TemplateSchema, { name: 'a', url: 'https://dichvucong.gov.vn/mau.docx' }), true);
  // A browser drops tabs and newlines inside a link and control characters before it.
  for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', '\u0001javascript:x', 'data:text/html,<b>x</b>', 'vbscript:x']) {
    assert.equal(v.is(TemplateSchema, { name: 'a', url }), false, url);
  }
});

test('payment and webhook URLs are absolute http(s) only', () => {
  const payment = {
    id: 'p1', dossierId: '6f1c2b9e-3d4a-4b5c-8d7e-9f0a1b2c3d4e', reference: 'R1', amount: 1, currency: 'VND',
    status: 'initiated', redirectUrl: 'javascript:alert(1)', returnUrl: null,
    createdAt: '2026-11-22T08:00:00+07:00', completedAt: null,
  };
  assert.equal(v.is(PaymentSchema, payment), false);
  for (const redirectUrl of ['java\nscript:alert(1)', 'HTTPS:x', 'ftp://example.vn/f', '/relative']) {
    assert.equal(v.is(PaymentSchema, { ...payment, redirectUrl }), redirectUrl === 'HTTPS:x', redirectUrl);
  }
  assert.equal(v.is(PaymentSchema, { ...payment, redirectUrl: 'http://127.0.0.1:4800/sandbox/pay/p1' }), true);
  const hook = { id: 'w1', url: 'ftp://example.vn/hook', events: ['dossier.status_changed'], createdAt: '2026-11-22T08:00:00Z' };
  assert.equal(v.is(WebhookSubscriptionSchema, hook), false);
});
