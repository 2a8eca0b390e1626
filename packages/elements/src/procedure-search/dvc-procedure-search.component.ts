import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ProcedureSearchResult, ProcedureSummary } from '@dvc-kit/spec';
import { DvcElement } from '../base/dvc-element.js';
import type { SearchFilters } from '../base/events.js';
import { QueryCache } from '../catalog/query-cache.js';
import { catalogStyles } from '../catalog/catalog.styles.js';
import { notConfiguredError } from '../controllers/failure.js';
import { FormAssociated, type FieldValidity, type FormSubmission } from '../controllers/form-value.js';
import { LiveAnnouncer } from '../controllers/live-announcer.js';
import { PortalTask, TaskStatus, initialState } from '../controllers/portal-task.js';
import { stateViewStyles } from '../controllers/state-view.js';
import { ComboboxController } from './combobox-controller.js';
import { comboboxView, suggestStatusView } from './combobox-view.js';
import { styles } from './dvc-procedure-search.styles.js';
import { strings, type SearchStrings } from './dvc-procedure-search.strings.js';
import { resultsView, type ResultsViewActions, type ResultsViewModel } from './results-view.js';
import { cacheKey, searchParams, type FacetName, type SearchQuery } from './search-query.js';
import type { UrlState } from './url-state.js';
import { UrlSyncController } from './url-sync-controller.js';

/**
 * `<dvc-procedure-search>`: find an administrative procedure.
 *
 * - An editable combobox (WAI-ARIA APG combobox + listbox) suggests procedures
 *   as the person types, with or without diacritics: debounced, stale requests
 *   aborted, answers cached. Keys: Down / Up move through suggestions (and
 *   open the list), Alt+Down opens it, Home / End jump to the first / last
 *   suggestion while one is active, Enter chooses the active suggestion (or
 *   runs a full search), Escape closes the list (or clears the field).
 *   Focus stays in the field; a polite live region announces the number of
 *   suggestions and the choice.
 * - Enter / the Search button show all results with facet filters (field,
 *   government level, online level, agency), the total and pages.
 * - Choosing a procedure shows its detail (`<dvc-procedure-detail>`), whose
 *   "Apply online" button fires `dvc-procedure-select`.
 * - Form-associated: inside a `<form>`, it submits the chosen procedure code
 *   under `name`; `required` makes it invalid (valueMissing) until one is
 *   chosen; a disabled `<fieldset>` around it disables the field.
 * - `sync-url` keeps the query, filters, page and open procedure in the
 *   page URL (back/forward work).
 *
 * The registration module (`@dvc-kit/elements/search`) defines
 * `<dvc-procedure-detail>` too, as the search renders it.
 *
 * @fires dvc-procedure-open - `{ code, name }` when a procedure's detail opens
 * @fires dvc-procedure-select - `{ code }` from the detail's "Apply online" (cancelable)
 * @fires dvc-search - `{ query, page, filters, total }` after a full search
 * @fires change - when the chosen code (`value`) changes by the person's action
 *
 * @csspart base - the wrapper
 * @csspart form - the search form (a search landmark)
 * @csspart label - the field's label
 * @csspart hint - the help text under the label
 * @csspart input - the text field (the combobox)
 * @csspart submit - the Search button
 * @csspart listbox - the suggestion list
 * @csspart option - one suggestion
 * @csspart suggest-status - the message under the field when suggestions fail or are offline
 * @csspart results - the results region
 * @csspart results-heading - the results heading
 * @csspart total - the total line
 * @csspart facets - the filter group
 * @csspart facet - one filter (select)
 * @csspart list - the result list
 * @csspart result - one result
 * @csspart result-link - the button that opens a result
 * @csspart pagination - the pager
 * @csspart message - the empty and no-results messages, and the box around the error, offline and not-configured states
 * @csspart state - the error, offline or not-configured state (the shared state view, inside `message`)
 * @csspart retry - the retry button
 * @csspart back - the "Back to results" button
 * @csspart detail - the procedure detail element
 */
export class DvcProcedureSearch extends FormAssociated(DvcElement) {
  static override styles = [DvcElement.styles, catalogStyles, styles, stateViewStyles];

  /** Form field name under which the chosen code is submitted. */
  @property({ reflect: true }) name = '';

  /** The chosen procedure code ('' when none). */
  @property() value = '';

  /** Makes a chosen procedure required for form submission. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Keep query, filters, page and open procedure in the page URL. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Results per page (1..100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** Milliseconds of typing pause before suggestions are fetched. */
  @property({ type: Number }) debounce = 250;

  /** Characters needed before suggestions appear. */
  @property({ type: Number, attribute: 'min-chars' }) minChars = 2;

  /** Level of the results and detail headings. Default 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Override the field's visible label. */
  @property() label: string | null = null;

  @state() private searched: SearchQuery | null = null;
  @state() private detailCode: string | null = null;

  @query('input') private input!: HTMLInputElement | null;

  private readonly cache = new QueryCache<ProcedureSearchResult>();
  private readonly announcer = new LiveAnnouncer(this);
  private readonly combo = new ComboboxController(this, {
    client: () => this.client,
    cache: this.cache,
    minChars: () => this.minChars,
    debounce: () => this.debounce,
    strings: () => this.t,
    announce: (message) => this.announcer.polite(message),
    edited: () => this.setValue(''),
    chosen: (item) => this.chosen(item),
    hasChoice: () => this.value !== '',
  });
  private readonly results = new PortalTask(this, {
    args: () => [this.searched, this.pageSize] as const,
    autoRun: false,
    task: ([query, pageSize], signal) => this.fetchResults(query, pageSize, signal),
    onComplete: (result) => this.searchDone(result),
  });
  private readonly url = new UrlSyncController(this, {
    enabled: () => this.syncUrl,
    current: () => this.urlState(),
    restore: (urlState, fromHistory) => this.restore(urlState, fromHistory),
  });
  private readonly resultActions: ResultsViewActions = {
    retry: () => void this.results.retry(),
    setFilter: (facet, value) => this.setFilter(facet, value),
    clearFilters: () => this.clearFilters(),
    goToPage: (page) => this.goToPage(page),
    open: (item) => void this.openDetail(item.code, item.name, { focus: true, from: item.code }),
  };
  private openedFrom: string | null = null;

  /** Puts keyboard focus in the search field. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  /** Runs a full search and shows the results view. */
  async search(q: string, options: { page?: number; filters?: SearchFilters } = {}): Promise<void> {
    this.combo.text = q;
    await this.runSearch({ q, page: options.page ?? 1, filters: options.filters ?? {} }, { push: true });
  }

  private get t(): SearchStrings {
    return this.strings(strings);
  }

  protected override clientChanged(): void {
    super.clientChanged();
    this.cache.clear();
    if (this.searched && this.results.status !== TaskStatus.COMPLETE) void this.results.run();
  }

  // ---- form association ----------------------------------------------------

  protected override formValue(): FormSubmission {
    return this.value || null;
  }

  protected override formValidity(): FieldValidity | null {
    if (!this.required || this.value) return null;
    // The input is the anchor the browser points at; the controller reads it after each render.
    return { flags: { valueMissing: true }, message: this.t.valueMissing, anchor: this.input };
  }

  /** Form reset: forget the chosen procedure and the typed text. */
  protected override formReset(): void {
    this.value = '';
    this.combo.text = '';
    this.combo.close();
  }

  /** Browser form restore (back/forward cache, autofill). */
  protected override formRestore(restored: FormSubmission): void {
    if (typeof restored === 'string') this.value = restored;
  }

  private setValue(code: string): void {
    if (code === this.value) return;
    this.value = code;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private chosen(item: ProcedureSummary): void {
    this.setValue(item.code);
    this.input?.focus();
    void this.openDetail(item.code, item.name, { focus: false, from: null });
  }

  // ---- full search -----------------------------------------------------------

  private onSubmit(event: Event): void {
    event.preventDefault();
    this.combo.cancel();
    void this.runSearch({ q: this.combo.text.trim(), page: 1, filters: {} }, { push: true });
  }

  private async runSearch(wanted: SearchQuery, opts: { push: boolean; focusHeading?: boolean }): Promise<void> {
    this.searched = wanted;
    this.detailCode = null;
    if (opts.push) this.url.write();
    await this.results.run();
    // Focus moves only when this search is still the one shown and it succeeded.
    if (opts.focusHeading && this.searched === wanted && this.results.status === TaskStatus.COMPLETE) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
    }
  }

  private async fetchResults(query: SearchQuery | null, pageSize: number, signal: AbortSignal): Promise<ProcedureSearchResult | typeof initialState> {
    if (!query) return initialState;
    const client = this.client;
    if (!client) throw notConfiguredError();
    const params = searchParams(query, pageSize);
    const key = cacheKey(params);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const result = await client.procedures.search(params, { signal });
    this.cache.set(key, result);
    return result;
  }

  private searchDone(result: ProcedureSearchResult): void {
    const query = this.searched;
    if (!query) return;
    this.announcer.polite(this.t.totalAnnounce(result.total));
    this.emit('dvc-search', { query: query.q, page: query.page, filters: query.filters, total: result.total });
  }

  private setFilter(facet: FacetName, value: string): void {
    if (!this.searched) return;
    const filters = { ...this.searched.filters, [facet]: value || undefined };
    void this.runSearch({ q: this.searched.q, page: 1, filters }, { push: true });
  }

  private clearFilters(): void {
    if (this.searched) void this.runSearch({ q: this.searched.q, page: 1, filters: {} }, { push: true, focusHeading: true });
  }

  private goToPage(page: number): void {
    if (this.searched) void this.runSearch({ ...this.searched, page }, { push: true, focusHeading: true });
  }

  // ---- detail (master/detail) ------------------------------------------------

  private async openDetail(code: string, name: string, opts: { focus: boolean; from: string | null }): Promise<void> {
    this.detailCode = code;
    this.openedFrom = opts.from;
    this.url.write();
    this.emit('dvc-procedure-open', { code, name });
    if (opts.focus) {
      await this.updateComplete;
      const detail = this.renderRoot.querySelector('dvc-procedure-detail');
      await detail?.updateComplete;
      detail?.focus();
    }
  }

  private async closeDetail(): Promise<void> {
    const from = this.openedFrom;
    this.detailCode = null;
    this.url.write();
    await this.updateComplete;
    const target = from
      ? this.renderRoot.querySelector<HTMLElement>(`[data-code="${CSS.escape(from)}"]`)
      : this.renderRoot.querySelector<HTMLElement>('#results-heading');
    target?.focus();
  }

  // ---- URL sync ----------------------------------------------------------------

  private urlState(): UrlState {
    return {
      q: this.searched?.q ?? this.combo.text.trim(),
      page: this.searched?.page ?? 1,
      filters: this.searched?.filters ?? {},
      procedure: this.detailCode,
    };
  }

  private restore(urlState: UrlState | null, fromHistory: boolean): void {
    if (!urlState) {
      if (fromHistory) {
        this.searched = null;
        this.detailCode = null;
        this.results.abort();
      }
      return;
    }
    const { q, page, filters, procedure } = urlState;
    this.combo.text = q;
    // runSearch closes the detail; the URL's procedure is shown over the results, now and once they arrive.
    void this.runSearch({ q, page, filters }, { push: false }).then(() => {
      if (procedure) this.detailCode = procedure;
    });
    if (procedure) this.detailCode = procedure;
  }

  // ---- rendering -----------------------------------------------------------------

  protected override render() {
    const t = this.t;
    const label = this.label ?? t.label;
    return html`<div part="base" class="search">
      <form part="form" role="search" aria-label=${label} @submit=${this.onSubmit} novalidate>
        <label part="label" for="input">${label}</label>
        <p part="hint" class="hint" id="hint">${t.hint(this.minChars)}</p>
        <div class="row">
          ${comboboxView(this.combo, { strings: t, disabled: this.formDisabled })}
          <button part="submit" class="btn" type="submit" ?disabled=${this.formDisabled}>${t.submit}</button>
        </div>
        ${suggestStatusView(this.combo, t)}
      </form>
      ${this.announcer.render()}
      ${this.detailCode ? this.renderDetail() : resultsView(this.resultsModel(), this.resultActions)}
    </div>`;
  }

  private resultsModel(): ResultsViewModel {
    const failure = this.results.failure;
    return {
      strings: this.t,
      locale: this.locale,
      headingLevel: this.headingLevel,
      searched: this.searched,
      result: this.results.value,
      // An aborted search is being replaced (or resumes when the element comes back): still loading.
      loading: this.results.status === TaskStatus.PENDING || failure === 'aborted',
      failure: failure === 'aborted' ? null : failure,
    };
  }

  private renderDetail() {
    return html`${this.searched
        ? html`<button part="back" class="btn secondary back" type="button" @click=${this.closeDetail}>← ${this.t.back}</button>`
        : nothing}
      <dvc-procedure-detail
        part="detail"
        code=${this.detailCode ?? ''}
        heading-level=${this.headingLevel}
        api-base=${this.apiBase ?? nothing}
      ></dvc-procedure-detail>`;
  }
}
