import { webUrl } from '../base/web-url.js';
import { classifyFailure } from '../controllers/failure.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { DossierComponent } from '@dvc-kit/spec';
import type { Locale } from '../i18n/locale.js';
import { ACCEPT_ATTRIBUTE, ALLOWED_KINDS_TEXT, MAX_FILES_PER_COMPONENT, MAX_UPLOAD_BYTES, type FileProblem } from './file-check.js';
import { percentSent, type FileEntry } from './upload-queue.js';
import { sizeText, type uploadStrings } from './dossier.strings.js';
import { heading } from '../base/heading.js';

type Strings = (typeof uploadStrings)['vi'];

/** A file refused before upload, shown in its slot until dismissed. */
export interface SlotNotice {
  fileName: string;
  problem: FileProblem;
}

/** What a slot needs to render and whom to tell about the person's actions. */
export interface SlotView {
  component: Pick<DossierComponent, 'id' | 'name' | 'required' | 'originals' | 'copies' | 'template'>;
  entries: FileEntry[];
  notices: SlotNotice[];
  strings: Strings;
  locale: Locale;
  disabled: boolean;
  dragOver: boolean;
  /** The level of the component's name heading (default 4: under the element's heading and its step's). */
  headingLevel?: number;
  /** What relative template URLs are relative to: the portal's API URL (the contract's uri-references). */
  templateBase?: string | null;
  onFiles(componentId: string, files: File[]): void;
  onDrag(componentId: string, over: boolean): void;
  onPause(entry: FileEntry): void;
  onResume(entry: FileEntry): void;
  onRetry(entry: FileEntry): void;
  onRemove(entry: FileEntry): void;
  onPickAgain(entry: FileEntry, file: File): void;
  onDismiss(componentId: string, index: number): void;
}

/**
 * Human reason for a failed entry (or submission), saying what to do next: the upload's own
 * sentences for what only files suffer, else the shared sentence of the failure's kind.
 */
export function failureReason(code: string | null, s: Strings): string {
  if (code === 'checksum_mismatch') return s.errChecksum;
  if (code === 'payload_too_large') return s.errTooLarge;
  return s.failure[classifyFailure({ code })];
}

export function noticeText(notice: SlotNotice, s: Strings, locale: Locale): string {
  const p = notice.problem;
  switch (p.kind) {
    case 'type':
      return s.rejectedType(notice.fileName, ALLOWED_KINDS_TEXT);
    case 'too_large':
      return s.rejectedSize(notice.fileName, sizeText(p.size, locale), sizeText(p.max, locale));
    case 'empty':
      return s.rejectedEmpty(notice.fileName);
    case 'too_many':
      return s.rejectedCount(notice.fileName, p.max);
  }
}

/** What a file's state is, as its slot shows it and the live region says it. */
export function stateText(entry: FileEntry, s: Strings, pct = percentSent(entry)): string {
  switch (entry.state) {
    case 'uploading':
      return s.stateUploading(pct);
    case 'paused':
      return s.statePaused(pct);
    case 'offline':
      return s.stateOffline(pct);
    case 'done':
      return s.stateDone;
    case 'missing':
      return s.stateMissing;
    case 'failed':
      // The server found what the element's own check finds: the same sentence says what to do.
      return s.stateFailed(
        entry.error === 'upload_type_not_allowed' ? s.rejectedType(entry.fileName, ALLOWED_KINDS_TEXT) : failureReason(entry.error, s),
      );
  }
}

/** A button whose visible verb is followed by the file's name for assistive tech (WCAG 2.4.6, 2.5.3). */
function fileButton(label: string, fileName: string, onClick: () => void, extraClass = ''): TemplateResult {
  return html`<button type="button" class="btn secondary small ${extraClass}" @click=${onClick}>
    ${label}<span class="visually-hidden"> ${fileName}</span>
  </button>`;
}

function renderEntry(view: SlotView, entry: FileEntry): TemplateResult {
  const s = view.strings;
  const id = `f-${entry.key}`;
  const canPickAgain = entry.state === 'missing';
  return html`<li class="file ${entry.state}" part="file">
    <div class="file-head">
      <span class="file-name" id="${id}-name">${entry.fileName}</span>
      <span class="file-size">${sizeText(entry.size, view.locale)}</span>
    </div>
    ${entry.state === 'done' || entry.state === 'missing'
      ? nothing
      : html`<progress
          part="progress"
          max=${entry.size || 1}
          .value=${entry.sent}
          aria-labelledby="${id}-name"
          aria-describedby="${id}-state"
        ></progress>`}
    <p class="file-state" id="${id}-state">${stateText(entry, s)}</p>
    <div class="file-actions">
      ${entry.state === 'uploading' ? fileButton(s.pause, entry.fileName, () => view.onPause(entry)) : nothing}
      ${entry.state === 'paused' || entry.state === 'offline' ? fileButton(s.resume, entry.fileName, () => view.onResume(entry)) : nothing}
      ${entry.state === 'failed' && entry.error !== 'upload_type_not_allowed' && entry.error !== 'payload_too_large'
        ? fileButton(s.retry, entry.fileName, () => view.onRetry(entry))
        : nothing}
      ${canPickAgain
        ? html`<label class="btn secondary small picker">
            ${s.pickAgain}
            <input
              type="file"
              aria-label="${s.pickAgain}: ${entry.fileName}"
              class="visually-hidden"
              accept=${ACCEPT_ATTRIBUTE}
              @change=${(e: Event) => {
                const input = e.target as HTMLInputElement;
                const file = input.files?.[0];
                if (file) view.onPickAgain(entry, file);
                input.value = '';
              }}
            />
          </label>`
        : nothing}
      ${view.disabled ? nothing : fileButton(s.remove, entry.fileName, () => view.onRemove(entry), 'danger')}
    </div>
  </li>`;
}

function filesFrom(list: DataTransfer | null): File[] {
  if (!list) return [];
  return Array.from(list.files ?? []);
}

/** One dossier component: its name, rules, template, drop zone and files. */
export function renderFileSlot(view: SlotView): TemplateResult {
  const { component: c, strings: s } = view;
  const id = `slot-${c.id}`;
  const templateHref = webUrl(c.template?.url, view.templateBase);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    view.onDrag(c.id, false);
    if (!view.disabled) view.onFiles(c.id, filesFrom(e.dataTransfer));
  };
  const onPaste = (e: ClipboardEvent) => {
    const files = filesFrom(e.clipboardData);
    if (files.length === 0 || view.disabled) return;
    e.preventDefault();
    view.onFiles(c.id, files);
  };
  return html`<section
    class="slot ${view.dragOver ? 'drag' : ''}"
    part="slot"
    aria-labelledby="${id}-name"
    @dragover=${(e: DragEvent) => {
      e.preventDefault();
      if (!view.dragOver) view.onDrag(c.id, true);
    }}
    @dragleave=${(e: DragEvent) => {
      if (!(e.currentTarget as Element).contains(e.relatedTarget as Node | null)) view.onDrag(c.id, false);
    }}
    @drop=${onDrop}
    @paste=${onPaste}
  >
    ${heading(view.headingLevel ?? 4, c.name, { id: `${id}-name`, className: 'slot-name' })}
    <p class="slot-meta">
      <span class="badge ${c.required ? 'req' : 'opt'}">${c.required ? s.required : s.optional}</span>
      ${c.originals || c.copies ? html`<span>${s.copies(c.originals, c.copies)}</span>` : nothing}
      ${templateHref
        ? html`<a class="template" href=${templateHref} download part="template">${s.template(c.template?.name ?? '')}</a>`
        : c.template
          ? html`<span>${c.template.name}</span>`
          : nothing}
    </p>
    ${view.notices.length
      ? html`<div role="alert"><ul class="notices">
          ${view.notices.map(
            (n, i) => html`<li class="notice">
              <span>${noticeText(n, s, view.locale)}</span>
              <button type="button" class="link" @click=${() => view.onDismiss(c.id, i)}>
                ${s.dismiss}<span class="visually-hidden"> ${n.fileName}</span>
              </button>
            </li>`,
          )}
        </ul></div>`
      : nothing}
    ${view.entries.length ? html`<ul class="files">${view.entries.map((e) => renderEntry(view, e))}</ul>` : nothing}
    ${view.disabled
      ? nothing
      : html`<div class="drop" part="drop-zone">
          <span>${s.dropHint}</span>
          <label class="btn secondary picker">
            ${s.choose}
            <input
              type="file"
              multiple
              aria-label=${s.chooseFor(c.name)}
              class="visually-hidden"
              accept=${ACCEPT_ATTRIBUTE}
              aria-describedby="${id}-rules"
              @change=${(e: Event) => {
                const input = e.target as HTMLInputElement;
                view.onFiles(c.id, Array.from(input.files ?? []));
                input.value = '';
              }}
            />
          </label>
          <span class="rules" id="${id}-rules">${s.allowed(ALLOWED_KINDS_TEXT, sizeText(MAX_UPLOAD_BYTES, view.locale), MAX_FILES_PER_COMPONENT)}</span>
        </div>`}
  </section>`;
}
