import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LEVELS, ONLINE_LEVELS, type Level, type OnlineLevel, type ProcedureSearchResult, type ProcedureSummary } from '@dvc-kit/spec';
import type { ProcedureQuery } from '@dvc-kit/client';
import { fold } from '@dvc-kit/client/text';
import { DvcElement } from '../base/dvc-element.js';
import type { SearchFilters } from '../base/events.js';
import { classifyFailure } from '../context/failure.js';
import { facetLabel, ONLINE_LEVEL_SHORT } from '../i18n/catalog-labels.js';
import { formatNumber } from '../i18n/format.js';
import { highlighted } from '../catalog/highlight.js';
import { QueryCache } from '../catalog/query-cache.js';
import { catalogStyles } from '../catalog/catalog.styles.js';
import { styles } from './dvc-procedure-search.styles.js';
import { strings } from './dvc-procedure-search.strings.js';
import { readUrlState, writeUrlState, type UrlState } from './url-state.js';

type LoadStatus = 'idle' | 'loading' | 'ready' | 'error' | 'offline' | 'not_configured';
type FacetName = keyof SearchFilters;
const FACETS: readonly FacetName[] = ['field', 'level', 'onlineLevel', 'agency'];
const SUGGESTION_COUNT = 8;

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
 *   under `name`.
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
 * @csspart message - the empty, no-results, error and offline messages
 * @csspart retry - the retry button
 * @csspart back - the "Back to results" button
 * @csspart detail - the procedure detail element
 */
export class DvcProcedureSearch extends DvcElement {
  static override styles = [DvcElement.styles, catalogStyles, styles];
  static formAssociated = true;

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

  @state() private text = '';
  @state() private suggestions: ProcedureSummary[] = [];
  @state() private suggestQuery = '';
  @state() private suggestStatus: LoadStatus = 'idle';
  @state() private open = false;
  @state() private active = -1;
  @state() private announcement = '';

  @state() private resultStatus: LoadStatus = 'idle';
  @state() private result: ProcedureSearchResult | null = null;
  @state() private searched: { q: string; page: number; filters: SearchFilters } | null = null;

  @state() private detailCode: string | null = null;

  @query('input') private input!: HTMLInputElement;

  private readonly internals: ElementInternals;
  private readonly cache = new QueryCache<ProcedureSearchResult>();
  private suggestTimer: ReturnType<typeof setTimeout> | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private suggestController: AbortController | null = null;
  private searchController: AbortController | null = null;
  private openedFrom: string | null = null;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Validity of the chosen value (valueMissing when `required` and none chosen). */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Puts keyboard focus in the search field. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    window.addEventListener('popstate', this.onPopState);
    if (this.syncUrl) this.restoreFromUrl(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.suggestTimer);
    clearTimeout(this.announceTimer);
    this.suggestController?.abort();
    this.searchController?.abort();
  }

  /** Form reset: forget the chosen procedure and the typed text. */
  formResetCallback(): void {
    this.value = '';
    this.text = '';
    this.closeList();
  }

  /** Browser form restore (back/forward cache, autofill). */
  formStateRestoreCallback(stateValue: string | File | FormData | null): void {
    if (typeof stateValue === 'string') this.value = stateValue;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value') || changed.has('required')) {
      this.internals.setFormValue(this.value || null);
      if (this.required && !this.value) {
        this.internals.setValidity({ valueMissing: true }, this.strings(strings).label, this.input ?? undefined);
      } else {
        this.internals.setValidity({});
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // `active` is private, so PropertyValues<this> does not list it; look it up by name.
    if ((changed as Map<string, unknown>).has('active') && this.active >= 0) {
      this.renderRoot.querySelector(`#opt-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    }
    // Validity needs the input as its anchor; it exists only after the first render.
    if (changed.has('value') && this.required && !this.value && this.input) {
      this.internals.setValidity({ valueMissing: true }, this.strings(strings).label, this.input);
    }
  }

  protected override clientChanged(): void {
    super.clientChanged();
    this.cache.clear();
    if (this.searched && this.resultStatus !== 'ready') void this.runSearch(this.searched, { push: false });
  }

  // ---- suggestions -------------------------------------------------------

  private get expanded(): boolean {
    return this.open && this.suggestions.length > 0;
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    this.active = -1;
    if (this.value) this.setValue('');
    this.scheduleSuggest();
  }

  private scheduleSuggest(immediate = false): void {
    clearTimeout(this.suggestTimer);
    const q = this.text.trim();
    if (fold(q).length < this.minChars) {
      this.suggestController?.abort();
      this.suggestions = [];
      this.suggestStatus = 'idle';
      this.open = false;
      return;
    }
    if (immediate) void this.fetchSuggestions(q);
    else this.suggestTimer = setTimeout(() => void this.fetchSuggestions(q), this.debounce);
  }

  private async fetchSuggestions(q: string): Promise<void> {
    const params = { q, page: 1, pageSize: SUGGESTION_COUNT };
    const key = cacheKey(params);
    const cached = this.cache.get(key);
    this.suggestController?.abort();
    if (cached) {
      this.showSuggestions(q, cached);
      return;
    }
    const client = this.client;
    if (!client) {
      this.suggestStatus = 'not_configured';
      return;
    }
    const controller = new AbortController();
    this.suggestController = controller;
    this.suggestStatus = 'loading';
    try {
      const result = await client.procedures.search(params, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.cache.set(key, result);
      this.showSuggestions(q, result);
    } catch (error) {
      if (controller.signal.aborted) return;
      const kind = classifyFailure(error);
      if (kind === 'aborted') return;
      const t = this.strings(strings);
      this.suggestStatus = kind === 'offline' ? 'offline' : 'error';
      this.suggestions = [];
      this.open = false;
      this.announce(kind === 'offline' ? t.suggestOffline : t.suggestError);
    }
  }

  private showSuggestions(q: string, result: ProcedureSearchResult): void {
    // An answer for text the person has since changed is stale: drop it.
    if (q !== this.text.trim()) return;
    this.suggestions = result.items;
    this.suggestQuery = q;
    this.suggestStatus = 'ready';
    this.active = -1;
    this.open = this.matches(':focus-within');
    const t = this.strings(strings);
    this.announce(result.items.length ? t.suggestCount(result.items.length) : t.suggestNone);
  }

  /** Sets the live region a moment later, so screen readers finish echoing the keystroke first. */
  private announce(message: string): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      // Same text twice would not be re-read; a trailing no-break space makes it new.
      this.announcement = this.announcement === message ? `${message}\u00a0` : message;
    }, 150);
  }

  private closeList(): void {
    this.open = false;
    this.active = -1;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const n = this.suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.expanded) {
          if (n === 0) {
            this.scheduleSuggest(true);
            return;
          }
          this.open = true;
          if (!event.altKey) this.active = 0;
        } else if (!event.altKey) {
          this.active = this.active >= n - 1 ? 0 : this.active + 1;
        }
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (!this.expanded) {
          if (n === 0) return;
          this.open = true;
          this.active = n - 1;
        } else {
          this.active = this.active <= 0 ? n - 1 : this.active - 1;
        }
        return;
      case 'Home':
      case 'End':
        if (this.expanded && this.active >= 0) {
          event.preventDefault();
          this.active = event.key === 'Home' ? 0 : n - 1;
        }
        return;
      case 'Enter':
        if (this.expanded && this.active >= 0) {
          event.preventDefault();
          this.choose(this.active);
        } else {
          this.closeList();
        }
        return;
      case 'Escape':
        if (this.expanded) {
          event.preventDefault();
          this.closeList();
        } else if (this.text) {
          event.preventDefault();
          this.text = '';
          this.scheduleSuggest();
          if (this.value) this.setValue('');
        }
        return;
      case 'Tab':
        this.closeList();
        return;
      default:
        return;
    }
  }

  private onFocusOut(event: FocusEvent): void {
    const to = event.relatedTarget as Node | null;
    if (!to || !this.renderRoot.contains(to)) this.closeList();
  }

  private onFocusIn(): void {
    if (this.suggestions.length && this.suggestQuery === this.text.trim() && !this.value) this.open = true;
  }

  private choose(index: number): void {
    const item = this.suggestions[index];
    if (!item) return;
    this.text = item.name;
    this.setValue(item.code);
    this.closeList();
    this.announce(this.strings(strings).selected(item.name));
    this.input.focus();
    this.openDetail(item.code, item.name, { focus: false, from: null });
  }

  private setValue(code: string): void {
    if (code === this.value) return;
    this.value = code;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  // ---- full search -------------------------------------------------------

  private onSubmit(event: Event): void {
    event.preventDefault();
    clearTimeout(this.suggestTimer);
    this.suggestController?.abort();
    this.closeList();
    void this.runSearch({ q: this.text.trim(), page: 1, filters: {} }, { push: true });
  }

  /** Runs a full search and shows the results view. */
  async search(q: string, options: { page?: number; filters?: SearchFilters } = {}): Promise<void> {
    this.text = q;
    await this.runSearch({ q, page: options.page ?? 1, filters: options.filters ?? {} }, { push: true });
  }

  private async runSearch(
    wanted: { q: string; page: number; filters: SearchFilters },
    opts: { push: boolean; focusHeading?: boolean },
  ): Promise<void> {
    this.searched = wanted;
    this.detailCode = null;
    if (opts.push) this.writeUrl();
    const client = this.client;
    this.searchController?.abort();
    if (!client) {
      this.resultStatus = 'not_configured';
      return;
    }
    const params = { q: wanted.q, page: wanted.page, pageSize: clampPageSize(this.pageSize), ...definedFilters(wanted.filters) };
    const key = cacheKey(params);
    const cached = this.cache.get(key);
    let result: ProcedureSearchResult;
    if (cached) {
      result = cached;
    } else {
      const controller = new AbortController();
      this.searchController = controller;
      this.resultStatus = 'loading';
      try {
        result = await client.procedures.search(params, { signal: controller.signal });
        if (controller.signal.aborted) return;
        this.cache.set(key, result);
      } catch (error) {
        if (controller.signal.aborted) return;
        const kind = classifyFailure(error);
        if (kind === 'aborted') return;
        this.resultStatus = kind === 'offline' ? 'offline' : 'error';
        return;
      }
    }
    this.result = result;
    this.resultStatus = 'ready';
    this.announce(this.strings(strings).totalAnnounce(result.total));
    this.emit('dvc-search', { query: wanted.q, page: wanted.page, filters: wanted.filters, total: result.total });
    if (opts.focusHeading) {
      await this.updateComplete;
      (this.renderRoot.querySelector('#results-heading') as HTMLElement | null)?.focus();
    }
  }

  private retry(): void {
    if (this.searched) void this.runSearch(this.searched, { push: false });
  }

  private readonly onOnline = (): void => {
    if (this.resultStatus === 'offline') this.retry();
    if (this.suggestStatus === 'offline') this.scheduleSuggest(true);
  };

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

  // ---- detail ------------------------------------------------------------

  private async openDetail(code: string, name: string, opts: { focus: boolean; from: string | null }): Promise<void> {
    this.detailCode = code;
    this.openedFrom = opts.from;
    this.writeUrl();
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
    this.writeUrl();
    await this.updateComplete;
    const target = from
      ? (this.renderRoot.querySelector(`[data-code="${CSS.escape(from)}"]`) as HTMLElement | null)
      : (this.renderRoot.querySelector('#results-heading') as HTMLElement | null);
    target?.focus();
  }

  // ---- URL sync ----------------------------------------------------------

  private writeUrl(): void {
    if (!this.syncUrl) return;
    const state: UrlState = {
      q: this.searched?.q ?? this.text.trim(),
      page: this.searched?.page ?? 1,
      filters: this.searched?.filters ?? {},
      procedure: this.detailCode,
    };
    const next = writeUrlState(new URL(location.href), state);
    if (next.href !== location.href) history.pushState(history.state, '', next);
  }

  private readonly onPopState = (): void => {
    if (this.syncUrl) this.restoreFromUrl(true);
  };

  private restoreFromUrl(fromHistory: boolean): void {
    const state = readUrlState(new URL(location.href));
    if (!state) {
      if (fromHistory) {
        this.searched = null;
        this.result = null;
        this.resultStatus = 'idle';
        this.detailCode = null;
      }
      return;
    }
    this.text = state.q;
    void this.runSearch({ q: state.q, page: state.page, filters: state.filters }, { push: false }).then(() => {
      if (state.procedure) this.detailCode = state.procedure;
    });
    if (state.procedure) this.detailCode = state.procedure;
  }

  // ---- rendering ---------------------------------------------------------

  protected override render() {
    const t = this.strings(strings);
    const expanded = this.expanded;
    const activeId = expanded && this.active >= 0 ? `opt-${this.active}` : undefined;
    return html`<div part="base" class="search">
      <form part="form" role="search" aria-label=${this.label ?? t.label} @submit=${this.onSubmit} novalidate>
        <label part="label" for="input">${this.label ?? t.label}</label>
        <p part="hint" class="hint" id="hint">${t.hint(this.minChars)}</p>
        <div class="row">
          <div class="combo" @focusout=${this.onFocusOut} @focusin=${this.onFocusIn}>
            <input
              part="input"
              id="input"
              type="text"
              role="combobox"
              autocomplete="off"
              autocapitalize="off"
              spellcheck="false"
              enterkeyhint="search"
              aria-autocomplete="list"
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-controls="listbox"
              aria-describedby="hint"
              aria-activedescendant=${activeId ?? nothing}
              placeholder=${t.placeholder}
              .value=${this.text}
              @input=${this.onInput}
              @keydown=${this.onKeyDown}
            />
            <ul part="listbox" id="listbox" role="listbox" aria-label=${t.suggestions} ?hidden=${!expanded}>
              ${expanded ? this.suggestions.map((item, i) => this.renderOption(item, i)) : nothing}
            </ul>
          </div>
          <button part="submit" class="btn" type="submit">${t.submit}</button>
        </div>
        ${this.renderSuggestStatus()}
      </form>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.detailCode ? this.renderDetail() : this.renderResults()}
    </div>`;
  }

  private renderOption(item: ProcedureSummary, i: number) {
    const selected = i === this.active;
    return html`<li
      part="option"
      id="opt-${i}"
      role="option"
      aria-selected=${selected ? 'true' : 'false'}
      aria-setsize=${this.suggestions.length}
      aria-posinset=${i + 1}
      @mousedown=${(e: Event) => e.preventDefault()}
      @click=${() => this.choose(i)}
    >
      <span class="name">${highlighted(item.name, this.suggestQuery)}</span>
      <span class="meta"><span>${item.code}</span><span>${item.field.name}</span></span>
    </li>`;
  }

  private renderSuggestStatus() {
    const t = this.strings(strings);
    const text =
      this.suggestStatus === 'offline' ? t.suggestOffline
      : this.suggestStatus === 'error' ? t.suggestError
      : this.suggestStatus === 'not_configured' ? t.notConfigured
      : null;
    return text ? html`<p part="suggest-status" class="suggest-status">${text}</p>` : nothing;
  }

  private headingEl(text: string) {
    return html`<div part="results-heading" class="heading" id="results-heading" role="heading" aria-level=${Math.min(6, this.headingLevel)} tabindex="-1">${text}</div>`;
  }

  private renderResults() {
    const t = this.strings(strings);
    const status = this.resultStatus;
    if (status === 'idle') {
      return html`<div part="message" class="message"><p>${t.empty}</p></div>`;
    }
    if (status === 'not_configured') {
      return html`<div part="message" class="message error" role="alert"><p>${t.notConfigured}</p></div>`;
    }
    if (status === 'error' || status === 'offline') {
      return html`<section part="results" class="results" aria-labelledby="results-heading">
        ${this.headingEl(t.resultsHeading)}
        <div part="message" class="message ${status}" role="alert">
          <p>${status === 'offline' ? t.offline : t.error}</p>
          <button part="retry" class="btn secondary" type="button" @click=${this.retry}>${t.retry}</button>
        </div>
      </section>`;
    }
    const result = this.result;
    const searched = this.searched;
    if (status === 'loading' && !result) {
      return html`<section part="results" class="results" aria-labelledby="results-heading" aria-busy="true">
        ${this.headingEl(t.resultsHeading)}
        <p part="total" class="total">${t.loading}</p>
      </section>`;
    }
    if (!result || !searched) return nothing;
    const q = searched.q;
    const hasFilters = FACETS.some((f) => searched.filters[f]);
    const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
    return html`<section part="results" class="results" aria-labelledby="results-heading" aria-busy=${status === 'loading' ? 'true' : 'false'}>
      ${this.headingEl(t.resultsHeading)}
      <p part="total" class="total">${status === 'loading' ? t.loading : t.total(result.total, q)}</p>
      ${this.renderFacets(result, searched.filters)}
      ${result.total === 0
        ? html`<div part="message" class="message">
            <p>${t.noResults(q)} ${t.noResultsTips}</p>
            ${hasFilters
              ? html`<button class="btn secondary" type="button" @click=${this.clearFilters}>${t.clearFilters}</button>`
              : nothing}
          </div>`
        : html`<ol part="list" class="list" start=${(result.page - 1) * result.pageSize + 1}>
            ${result.items.map((item) => this.renderResult(item, q))}
          </ol>`}
      ${pages > 1 ? this.renderPager(result.page, pages) : nothing}
    </section>`;
  }

  private renderFacets(result: ProcedureSearchResult, filters: SearchFilters) {
    const t = this.strings(strings);
    const shown = FACETS.filter((f) => result.facets[f].length > 0 || filters[f]);
    if (shown.length === 0) return nothing;
    return html`<fieldset part="facets" class="facets">
      <legend>${t.filters}</legend>
      ${shown.map((facet) => {
        const chosen = filters[facet] ?? '';
        const counts = result.facets[facet];
        const known = counts.some((c) => c.value === chosen);
        return html`<div class="facet">
          <label for="facet-${facet}">${t.facet[facet]}</label>
          <select part="facet" id="facet-${facet}" @change=${(e: Event) => this.setFilter(facet, (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!chosen}>${t.any}</option>
            ${chosen && !known ? html`<option value=${chosen} selected>${chosen}</option>` : nothing}
            ${counts.map(
              (c) => html`<option value=${c.value} ?selected=${c.value === chosen}>
                ${t.withCount(facetLabel(facet, c.value, c.label, this.locale), formatNumber(c.count, this.locale))}
              </option>`,
            )}
          </select>
        </div>`;
      })}
    </fieldset>`;
  }

  private renderResult(item: ProcedureSummary, q: string) {
    const t = this.strings(strings);
    return html`<li part="result" class="result">
      <button
        part="result-link"
        class="result-link"
        type="button"
        data-code=${item.code}
        @click=${() => this.openDetail(item.code, item.name, { focus: true, from: item.code })}
      >
        <span class="name">${highlighted(item.name, q)}</span>
      </button>
      <div class="meta">
        <span>${t.code}: ${item.code}</span>
        <span>${item.field.name}</span>
        <span>${item.agency.name}</span>
        <span class="badge">${ONLINE_LEVEL_SHORT[this.locale][item.onlineLevel]}</span>
      </div>
    </li>`;
  }

  private renderPager(page: number, pages: number) {
    const t = this.strings(strings);
    return html`<nav part="pagination" class="pager" aria-label=${t.pagination}>
      <button class="btn secondary" type="button" ?disabled=${page <= 1} @click=${() => this.goToPage(page - 1)}>${t.previous}</button>
      <p aria-current="page">${t.pageOf(formatNumber(page, this.locale), formatNumber(pages, this.locale))}</p>
      <button class="btn secondary" type="button" ?disabled=${page >= pages} @click=${() => this.goToPage(page + 1)}>${t.next}</button>
    </nav>`;
  }

  private renderDetail() {
    const t = this.strings(strings);
    const canGoBack = this.searched !== null && this.resultStatus !== 'idle';
    return html`${canGoBack
        ? html`<button part="back" class="btn secondary back" type="button" @click=${this.closeDetail}>← ${t.back}</button>`
        : nothing}
      <dvc-procedure-detail
        part="detail"
        code=${this.detailCode ?? ''}
        heading-level=${this.headingLevel}
        api-base=${this.apiBase ?? nothing}
      ></dvc-procedure-detail>`;
  }
}

function clampPageSize(n: number): number {
  return Number.isInteger(n) ? Math.min(100, Math.max(1, n)) : 10;
}

/** The filters as query parameters; enum values the contract does not know (e.g. from a hand-edited URL) are dropped. */
function definedFilters(filters: SearchFilters): Pick<ProcedureQuery, 'field' | 'level' | 'onlineLevel' | 'agency'> {
  const out: Pick<ProcedureQuery, 'field' | 'level' | 'onlineLevel' | 'agency'> = {};
  if (filters.field) out.field = filters.field;
  if (filters.agency) out.agency = filters.agency;
  if (filters.level && (LEVELS as readonly string[]).includes(filters.level)) out.level = filters.level as Level;
  if (filters.onlineLevel && (ONLINE_LEVELS as readonly string[]).includes(filters.onlineLevel)) out.onlineLevel = filters.onlineLevel as OnlineLevel;
  return out;
}

/** One cache entry per folded query, page and filters: 'Khai sinh' and 'khai sinh' share it. */
function cacheKey(params: { q: string; page: number; pageSize: number } & SearchFilters): string {
  return JSON.stringify([fold(params.q).replace(/\s+/g, ' ').trim(), params.page, params.pageSize, params.field ?? '', params.level ?? '', params.onlineLevel ?? '', params.agency ?? '']);
}
