import { webUrl } from '../base/web-url.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { PortalClient } from '@dvc-kit/client';
import { CHANNEL_KINDS, type Channel, type DossierCase, type Fee, type Procedure } from '@dvc-kit/spec';
import { DvcElement } from '../base/dvc-element.js';
import { notConfiguredError, type FailureKind } from '../controllers/failure.js';
import { PortalTask, initialState } from '../controllers/portal-task.js';
import { stateView, stateViewStyles } from '../controllers/state-view.js';
import {
  CHANNEL_LABELS, durationLabel, LEVEL_LABELS, ONLINE_LEVEL_LABELS, ONLINE_LEVEL_SHORT,
} from '../i18n/catalog-labels.js';
import { formatMoney, formatNumber } from '../i18n/format.js';
import { catalogStyles } from '../catalog/catalog.styles.js';
import { styles } from './dvc-procedure-detail.styles.js';
import { strings } from './dvc-procedure-detail.strings.js';

/**
 * `<dvc-procedure-detail code="1.001193">`: everything a person needs before
 * applying: processing time and fees per channel, the documents to submit
 * (originals and copies, form templates to download), agencies, legal basis,
 * the online service level, and a button to start an online dossier.
 *
 * Loads the procedure by `code` through the shared client, or shows the
 * `procedure` property when set (no request then).
 *
 * @fires dvc-procedure-select - `{ code }` when the person chooses "Apply online" (cancelable)
 *
 * @csspart base - the article
 * @csspart code - the code, field and decision line
 * @csspart title - the procedure name (a heading, `heading-level`)
 * @csspart heading - the same procedure name: the element's heading, as every element names it
 * @csspart badges - online level and government levels
 * @csspart start - the "Apply online" button
 * @csspart source - the link to the national portal page
 * @csspart channels - the list of channels (time and fees)
 * @csspart channel - one channel card
 * @csspart components - a list of dossier components
 * @csspart component - one dossier component
 * @csspart template - a form template download link
 * @csspart section - each section (channels, components, agencies, results, legal basis, requirements, steps)
 * @csspart state - the loading, not-found, error, offline and not-configured messages
 * @csspart retry - the retry button
 */
export class DvcProcedureDetail extends DvcElement {
  static override styles = [DvcElement.styles, catalogStyles, styles, stateViewStyles];

  /** National procedure code to load, e.g. '1.001193'. */
  @property({ reflect: true }) code = '';

  /** The procedure to show; set it to skip loading (e.g. from a search that already has it). */
  @property({ attribute: false }) procedure: Procedure | null = null;

  /** Level of the title heading (sections are one deeper). Default 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Hide the "Apply online" button (e.g. when the page starts dossiers elsewhere). */
  @property({ type: Boolean, attribute: 'hide-start' }) hideStart = false;

  @query('.title') private titleEl?: HTMLElement;

  private focusPending = false;

  /** Loads `code` unless a `procedure` is given; the client is an argument, so a new one loads again. */
  private readonly loader: PortalTask<readonly [string, PortalClient | null], Procedure> = new PortalTask(this, {
    args: () => {
      const code = this.procedure ? '' : this.code;
      return [code, code ? this.client : null] as const;
    },
    task: async ([code, client], signal) => {
      if (!code) return initialState;
      // Back to a code already shown (e.g. a given procedure was cleared): no new request.
      const shown = this.loader.value;
      if (shown?.code === code) return shown;
      if (!client) throw notConfiguredError();
      return client.procedures.get(code, { signal });
    },
    locale: () => this.locale,
  });

  /** The procedure on screen, loaded or given. */
  get current(): Procedure | null {
    return this.procedure ?? this.loader.value ?? null;
  }

  /**
   * Moves keyboard focus to the title, e.g. after opening the detail from a
   * list. While the procedure is still loading, focus moves when it arrives.
   */
  override focus(options?: FocusOptions): void {
    if (this.titleEl) {
      this.titleEl.focus(options);
      this.focusPending = false;
    } else {
      this.focusPending = true;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusPending && this.titleEl) this.focus();
  }

  private start(): void {
    const procedure = this.current;
    if (procedure) this.emit('dvc-procedure-select', { code: procedure.code }, { cancelable: true });
  }

  protected override render() {
    if (this.procedure) return this.renderProcedure(this.procedure);
    return this.loader.render({
      pending: () => stateView('loading', { locale: this.locale }),
      complete: (procedure) => this.renderProcedure(procedure),
      error: (_error, kind) =>
        stateView(kind, { locale: this.locale, message: this.failureMessage(kind), retry: () => void this.loader.retry() }),
    });
  }

  /** The detail's own sentences where it has them; the shared ones otherwise. */
  private failureMessage(kind: FailureKind): string | undefined {
    const t = this.strings(strings);
    if (kind === 'not_found') return t.notFound(this.code);
    if (kind === 'server') return t.error;
    return undefined;
  }

  private heading(level: number, id: string, text: string, cls = 'h') {
    return html`<div class=${cls} role="heading" aria-level=${Math.min(6, level)} id=${id}>${text}</div>`;
  }

  private renderProcedure(p: Procedure) {
    const t = this.strings(strings);
    const level = this.headingLevel;
    const canApply = p.onlineLevel !== 'info';
    const source = webUrl(p.sourceUrl);
    return html`<article part="base" aria-labelledby="title">
      <header>
        <p part="code" class="eyebrow">
          <span>${t.code}: <strong>${p.code}</strong></span>
          <span>${t.field}: ${p.field.name}</span>
          ${p.decisionNo ? html`<span>${t.decision}: ${p.decisionNo}</span>` : nothing}
        </p>
        <div part="title heading" class="title" role="heading" aria-level=${Math.min(6, level)} id="title" tabindex="-1">${p.name}</div>
        <ul part="badges" class="badges" aria-label=${t.onlineLevel}>
          <li class="badge ${p.onlineLevel}">${ONLINE_LEVEL_SHORT[this.locale][p.onlineLevel]}</li>
          ${p.levels.map((l) => html`<li class="badge">${LEVEL_LABELS[this.locale][l]}</li>`)}
        </ul>
      </header>
      <div class="actions">
        ${this.hideStart
          ? nothing
          : canApply
            ? html`<button part="start" class="btn" type="button" aria-describedby="title" @click=${this.start}>${t.start}</button>`
            : html`<p class="note">${t.infoOnly}</p>`}
        ${source
          ? html`<a part="source" href=${source} target="_blank" rel="noopener noreferrer"
              >${t.source} <span class="visually-hidden">${t.newWindow}</span></a
            >`
          : nothing}
      </div>
      <section part="section" aria-labelledby="h-channels">
        ${this.heading(level + 1, 'h-channels', t.channels)}
        <ul part="channels" class="channels">
          ${sortChannels(p.channels).map((c, i) => this.renderChannel(c, i, level + 2))}
        </ul>
      </section>
      <section part="section" aria-labelledby="h-components">
        ${this.heading(level + 1, 'h-components', t.components)} ${this.renderCases(p.cases, level + 2)}
      </section>
      <section part="section" aria-labelledby="h-agencies">
        ${this.heading(level + 1, 'h-agencies', t.agencies)}
        <dl>
          <dt>${t.competent}</dt>
          <dd>${p.agency.name} <span class="note">(${p.agency.id})</span></dd>
          ${p.implementingAgency ? html`<dt>${t.implementing}</dt><dd>${p.implementingAgency}</dd>` : nothing}
          <dt>${t.levels}</dt>
          <dd>${p.levels.map((l) => LEVEL_LABELS[this.locale][l]).join(', ')}</dd>
          <dt>${t.onlineLevel}</dt>
          <dd>${ONLINE_LEVEL_LABELS[this.locale][p.onlineLevel]}</dd>
          ${p.targetGroups.length ? html`<dt>${t.targets}</dt><dd>${p.targetGroups.join('; ')}</dd>` : nothing}
          ${p.procedureType ? html`<dt>${t.procedureType}</dt><dd>${p.procedureType}</dd>` : nothing}
        </dl>
      </section>
      ${p.results.length
        ? html`<section part="section" aria-labelledby="h-results">
            ${this.heading(level + 1, 'h-results', t.results)}
            <ul class="plain">
              ${p.results.map((r) => html`<li>${r.name}${r.code ? html` <span class="note">(${r.code})</span>` : nothing}</li>`)}
            </ul>
          </section>`
        : nothing}
      ${p.legalBasis.length
        ? html`<section part="section" aria-labelledby="h-legal">
            ${this.heading(level + 1, 'h-legal', t.legal)}
            <ul class="plain">
              ${p.legalBasis.map((doc) => html`<li>${doc}</li>`)}
            </ul>
          </section>`
        : nothing}
      ${p.requirements
        ? html`<section part="section" aria-labelledby="h-req">
            ${this.heading(level + 1, 'h-req', t.requirements)}
            <p class="prose">${p.requirements}</p>
          </section>`
        : nothing}
      ${p.steps
        ? html`<section part="section" aria-labelledby="h-steps">
            ${this.heading(level + 1, 'h-steps', t.steps)}
            <p class="prose">${p.steps}</p>
          </section>`
        : nothing}
    </article>`;
  }

  private renderChannel(c: Channel, index: number, level: number) {
    const t = this.strings(strings);
    const d = c.duration;
    // Real catalog entries often give a number without a unit; say so rather than show a bare '1'.
    const duration =
      d.value === null
        ? (d.text ?? t.noInfo)
        : d.unit
          ? durationLabel(d.value, d.unit, this.locale, formatNumber(d.value, this.locale))
          : `${formatNumber(d.value, this.locale)} ${t.unitUnknown}`;
    return html`<li part="channel" class="channel">
      ${this.heading(level, `ch-${index}`, CHANNEL_LABELS[this.locale][c.channel])}
      <dl>
        <dt>${t.duration}</dt>
        <dd>${duration}</dd>
        <dt>${t.fees}</dt>
        <dd>
          ${c.fees.length === 0
            ? t.noInfo
            : html`<ul class="plain">
                ${c.fees.map((f) => html`<li>${this.feeText(f)}</li>`)}
              </ul>`}
        </dd>
      </dl>
      ${c.note ? html`<p class="note">${c.note}</p>` : nothing}
    </li>`;
  }

  /** A fee as money when we know the amount, with the published text kept when it says more. */
  private feeText(f: Fee) {
    const t = this.strings(strings);
    if (f.free) return t.free;
    if (f.amount === null) return f.text || t.noInfo;
    const money = `${t.feeKind[f.kind]}: ${formatMoney(f.amount, f.currency, this.locale)}`;
    return html`${money}${f.text ? html` <span class="note">— ${f.text}</span>` : nothing}`;
  }

  private renderCases(cases: DossierCase[], level: number) {
    const t = this.strings(strings);
    const all = cases.filter((c) => c.components.length > 0);
    if (all.length === 0) return html`<p>${t.noComponents}</p>`;
    return all.map(
      (c, i) => html`${all.length > 1 || c.name ? this.heading(level, `case-${i}`, c.name ?? '', 'sub') : nothing}
        <ol part="components" class="plain components">
          ${c.components.map(
            (k) => html`<li part="component">
              <span>${k.name}</span>
              <span class="meta">
                <span>${t.originals(formatNumber(k.originals, this.locale))}</span>
                <span>${t.copies(formatNumber(k.copies, this.locale))}</span>
                <span>${k.required ? t.required : t.optional}</span>
                ${k.template ? this.renderTemplate(k.template.name, k.template.url) : nothing}
              </span>
            </li>`,
          )}
        </ol>`,
    );
  }

  private renderTemplate(name: string, url: string | null) {
    const t = this.strings(strings);
    // Template links may be relative to the portal: resolve them against the API's origin, not the
    // host page. Anything but http(s) (a javascript: URL from a bad catalog) is shown as plain text.
    const href = webUrl(url, this.client?.apiUrl);
    if (!href) return html`<span>${t.template}: ${name}</span>`;
    return html`<a part="template" href=${href} download=${name}>${t.template}: ${name}</a>`;
  }
}

/**
 * Online first, then in person, then post (the contract lists the kinds in that order): the order a
 * person weighs them in, whatever order the catalog lists.
 */
function sortChannels(channels: Channel[]): Channel[] {
  return [...channels].sort((a, b) => CHANNEL_KINDS.indexOf(a.channel) - CHANNEL_KINDS.indexOf(b.channel));
}
