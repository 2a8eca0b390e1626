/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { PortalError } from '@dvc-kit/client';
import {
  classifyFailure, errorDetail, failureCode, isConnectionProblem, isRetryable, notConfiguredError, type FailureKind,
} from './failure.js';
import { failureStrings } from './failure.strings.js';
import { commonStrings } from '../i18n/common-strings.js';

const portalError = (status: number, code: string) => new PortalError({ status, code, title: 'x' });

const KINDS: FailureKind[] = [
  'aborted', 'offline', 'not_configured', 'not_found', 'signed_out', 'forbidden', 'rate_limited', 'validation', 'conflict', 'server',
];

/** Makes navigator.onLine read `value` for the duration of `run`. */
function withOnLine<T>(value: boolean, run: () => T): T {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => value });
  try {
    return run();
  } finally {
    delete (navigator as { onLine?: boolean }).onLine;
  }
}

describe('failure vocabulary', () => {
  it('reads the client code of any thrown value', () => {
    expect(failureCode(portalError(404, 'procedure_not_found'))).to.equal('procedure_not_found');
    expect(failureCode(new DOMException('stop', 'AbortError'))).to.equal('aborted');
    expect(failureCode(new DOMException('slow', 'TimeoutError'))).to.equal('timeout');
    expect(failureCode(new TypeError('Failed to fetch'))).to.equal('network');
    expect(failureCode(new Error('plain'))).to.equal('network');
    expect(failureCode('a string')).to.equal('network');
    expect(failureCode(notConfiguredError())).to.equal('not_configured');
  });

  it('sorts every client and server code into a kind', () => {
    const cases: Array<[unknown, FailureKind]> = [
      [portalError(0, 'aborted'), 'aborted'],
      [new DOMException('stop', 'AbortError'), 'aborted'],
      [portalError(0, 'network'), 'offline'],
      [portalError(0, 'timeout'), 'offline'],
      [new TypeError('Failed to fetch'), 'offline'],
      [notConfiguredError(), 'not_configured'],
      [portalError(404, 'not_found'), 'not_found'],
      [portalError(404, 'procedure_not_found'), 'not_found'],
      [portalError(404, 'dossier_not_found'), 'not_found'],
      [portalError(410, 'upload_not_found'), 'not_found'],
      [portalError(404, 'http_error'), 'not_found'],
      [portalError(401, 'unauthenticated'), 'signed_out'],
      [portalError(403, 'forbidden'), 'forbidden'],
      [portalError(403, 'http_error'), 'forbidden'],
      [portalError(429, 'rate_limited'), 'rate_limited'],
      [portalError(400, 'bad_request'), 'validation'],
      [portalError(422, 'validation_failed'), 'validation'],
      [portalError(400, 'idempotency_key_required'), 'validation'],
      [portalError(422, 'idempotency_key_reused'), 'validation'],
      [portalError(422, 'missing_required_components'), 'validation'],
      [portalError(413, 'payload_too_large'), 'validation'],
      [portalError(415, 'upload_type_not_allowed'), 'validation'],
      [portalError(409, 'conflict'), 'conflict'],
      [portalError(409, 'invalid_state_transition'), 'conflict'],
      [portalError(500, 'internal_error'), 'server'],
      [portalError(502, 'http_error'), 'server'],
      [portalError(200, 'invalid_response'), 'server'],
      [portalError(500, 'a_code_from_a_newer_server'), 'server'],
      [new Error('a bug, not the network'), 'server'],
    ];
    for (const [error, kind] of cases) {
      expect(classifyFailure(error), failureCode(error)).to.equal(kind);
    }
  });

  it('calls anything but an abort or a missing configuration offline while the browser is offline', () => {
    withOnLine(false, () => {
      expect(classifyFailure(portalError(500, 'internal_error'))).to.equal('offline');
      expect(classifyFailure(new Error('x'))).to.equal('offline');
      expect(classifyFailure(portalError(0, 'aborted'))).to.equal('aborted');
      expect(classifyFailure(notConfiguredError())).to.equal('not_configured');
    });
    withOnLine(true, () => expect(classifyFailure(portalError(500, 'internal_error'))).to.equal('server'));
  });

  it('offers a retry only where one can help', () => {
    expect(KINDS.filter(isRetryable)).to.deep.equal(['offline', 'rate_limited', 'server']);
  });

  it('knows the connection codes the client sends, and only those', () => {
    expect(isConnectionProblem('network')).to.equal(true);
    expect(isConnectionProblem('timeout')).to.equal(true);
    expect(isConnectionProblem('network_error')).to.equal(false);
    expect(isConnectionProblem('internal_error')).to.equal(false);
  });

  it('describes a failure for the dvc-error event', () => {
    expect(errorDetail(portalError(409, 'conflict'), 'dvc-payment')).to.deep.equal({ code: 'conflict', message: 'x', source: 'dvc-payment' });
    expect(errorDetail(new TypeError('Failed to fetch'), 'dvc-login')).to.deep.equal({
      code: 'network', message: 'Failed to fetch', source: 'dvc-login',
    });
    expect(errorDetail('odd', 'dvc-x')).to.deep.equal({ code: 'network', message: 'odd', source: 'dvc-x' });
  });

  it('has one sentence per kind in Vietnamese and English, and the shared retry and configuration wording', () => {
    for (const kind of KINDS) {
      expect(failureStrings.vi.failure[kind], kind).to.be.a('string').and.not.equal('');
      expect(failureStrings.en.failure[kind], kind).to.be.a('string').and.not.equal(failureStrings.vi.failure[kind]);
    }
    expect(Object.keys(failureStrings.vi.failure).sort()).to.deep.equal([...KINDS].sort());
    expect(Object.keys(failureStrings.en.failure).sort()).to.deep.equal([...KINDS].sort());
    expect(failureStrings.vi.retry).to.equal(commonStrings.vi.retry);
    expect(failureStrings.en.notConfigured).to.equal(commonStrings.en.notConfigured);
    expect(failureStrings.vi.failure.not_configured).to.equal(commonStrings.vi.notConfigured);
    expect(failureStrings.vi.failure.offline).to.equal('Không kết nối được tới cổng dịch vụ công. Kiểm tra kết nối mạng rồi thử lại.');
    expect(failureStrings.vi.loading).to.equal('Đang tải…');
  });
});
