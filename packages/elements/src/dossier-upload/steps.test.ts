/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { BIRTH_REGISTRATION, BUSINESS_CHANGE } from '@dvc-kit/testing/fake-dossiers';
import {
  INITIAL_STEP, caseOf, documentsNotice, formGate, formSections, missingRequired, nextStep, onlyCase, stepProcedure,
  type UploadEvent, type UploadStep,
} from './steps.js';

const birth = BIRTH_REGISTRATION;
const run = (events: UploadEvent[], from: UploadStep = INITIAL_STEP) => events.reduce(nextStep, from);
const form = run([{ type: 'loaded', procedure: birth }]);
const review = run([{ type: 'review' }], form);
const submitting = run([{ type: 'submit' }], review);
const receipt = run([{ type: 'submitted' }], submitting);
const entry = (componentId: string, state: 'uploading' | 'paused' | 'offline' | 'failed' | 'done' | 'missing') => ({ componentId, state });

describe('upload steps (state machine)', () => {
  it('goes loading → form → review → submitting → receipt, keeping the procedure', () => {
    expect(INITIAL_STEP.kind).to.equal('loading');
    expect(form).to.deep.equal({ kind: 'form', procedure: birth, notice: null });
    expect(review).to.deep.equal({ kind: 'review', procedure: birth, notice: null });
    expect(submitting).to.deep.equal({ kind: 'submitting', procedure: birth });
    expect(receipt).to.deep.equal({ kind: 'receipt', procedure: birth });
    expect(stepProcedure(receipt)).to.equal(birth);
    expect(stepProcedure(INITIAL_STEP)).to.equal(null);
  });

  it('a failed load shows why, and a new load starts over from loading', () => {
    const failed = run([{ type: 'load_failed', failure: 'not_found' }]);
    expect(failed).to.deep.equal({ kind: 'failed', failure: 'not_found' });
    expect(run([{ type: 'load' }], failed)).to.deep.equal({ kind: 'loading' });
    expect(run([{ type: 'load' }, { type: 'loaded', procedure: birth }], failed).kind).to.equal('form');
  });

  it('a reload of the procedure never interrupts a submission nor hides the receipt', () => {
    for (const step of [submitting, receipt]) {
      expect(nextStep(step, { type: 'load' })).to.equal(step);
      expect(nextStep(step, { type: 'loaded', procedure: BUSINESS_CHANGE })).to.equal(step);
      expect(nextStep(step, { type: 'load_failed', failure: 'offline' })).to.equal(step);
    }
    expect(nextStep(review, { type: 'load' }).kind, 'the review is not protected: it reloads').to.equal('loading');
  });

  it('notices land on the form and the review only, and leaving the step clears them', () => {
    const notice = { kind: 'still_uploading' } as const;
    const noticed = nextStep(form, { type: 'notice', notice });
    expect(noticed).to.deep.equal({ kind: 'form', procedure: birth, notice });
    expect(nextStep(noticed, { type: 'review' })).to.deep.equal(review);
    expect(nextStep(INITIAL_STEP, { type: 'notice', notice })).to.equal(INITIAL_STEP);
    expect(nextStep(submitting, { type: 'notice', notice })).to.equal(submitting);
    const back = run([{ type: 'notice', notice: { kind: 'draft_failed' } }, { type: 'back' }], review);
    expect(back).to.deep.equal(form);
  });

  it('a failed submission goes back to the review with its notice; submitting again is possible', () => {
    const failed = nextStep(submitting, { type: 'submit_failed', notice: { kind: 'submit_failed', code: 'network' } });
    expect(failed).to.deep.equal({ kind: 'review', procedure: birth, notice: { kind: 'submit_failed', code: 'network' } });
    expect(nextStep(failed, { type: 'submit' })).to.deep.equal(submitting);
  });

  it('ignores events that do not belong to the step', () => {
    expect(nextStep(form, { type: 'submit' })).to.equal(form);
    expect(nextStep(form, { type: 'submitted' })).to.equal(form);
    expect(nextStep(form, { type: 'back' })).to.equal(form);
    expect(nextStep(review, { type: 'review' })).to.equal(review);
    expect(nextStep(receipt, { type: 'submit_failed', notice: { kind: 'submit_missing' } })).to.equal(receipt);
    expect(nextStep(INITIAL_STEP, { type: 'found_submitted' })).to.equal(INITIAL_STEP);
  });

  it('a remembered draft found submitted shows its receipt; a reset goes back to an empty form', () => {
    expect(nextStep(form, { type: 'found_submitted' })).to.deep.equal(receipt);
    expect(nextStep(receipt, { type: 'reset' })).to.deep.equal(form);
    expect(nextStep(submitting, { type: 'reset' })).to.deep.equal(form);
    const noticed = nextStep(form, { type: 'notice', notice: { kind: 'draft_failed' } });
    expect(nextStep(noticed, { type: 'reset' })).to.deep.equal(form);
    expect(nextStep(INITIAL_STEP, { type: 'reset' }), 'nothing loaded: nothing to reset to').to.equal(INITIAL_STEP);
  });
});

describe('upload form step', () => {
  it('shows the case picker only when there is a choice, and the documents once the case is known', () => {
    expect(formSections(birth, onlyCase(birth))).to.deep.equal(['applicant', 'documents']);
    expect(formSections(BUSINESS_CHANGE, null)).to.deep.equal(['case', 'applicant']);
    const second = BUSINESS_CHANGE.cases[1]!.id;
    expect(formSections(BUSINESS_CHANGE, second)).to.deep.equal(['case', 'applicant', 'documents']);
    expect(formSections(BUSINESS_CHANGE, 'no-such-case')).to.deep.equal(['case', 'applicant']);
    expect(caseOf(BUSINESS_CHANGE, second)?.id).to.equal(second);
    expect(onlyCase(BUSINESS_CHANGE)).to.equal(null);
  });

  it('asks to sign in, or says the procedure is not online, before any section', () => {
    expect(formGate(birth, true)).to.equal(null);
    expect(formGate(birth, false)).to.equal('sign_in');
    expect(formGate({ ...birth, onlineLevel: 'info' }, true)).to.equal('not_online');
  });

  it('goes to review only with every file uploaded and every required document there', () => {
    const c = caseOf(birth, onlyCase(birth));
    expect(missingRequired(c, [])).to.deep.equal(['Tờ khai đăng ký khai sinh theo mẫu', 'Giấy chứng sinh']);
    expect(missingRequired(c, [entry('c1', 'done'), entry('c2', 'uploading')])).to.deep.equal(['Giấy chứng sinh']);
    expect(missingRequired(null, [])).to.deep.equal([]);
    for (const state of ['uploading', 'paused', 'offline', 'failed', 'missing'] as const) {
      expect(documentsNotice(c, [entry('c1', 'done'), entry('c2', 'done'), entry('c3', state)]), state).to.deep.equal({ kind: 'still_uploading' });
    }
    expect(documentsNotice(c, [entry('c1', 'done')])).to.deep.equal({ kind: 'missing_required', names: ['Giấy chứng sinh'] });
    expect(documentsNotice(c, [entry('c1', 'done'), entry('c2', 'done')])).to.equal(null);
  });
});
