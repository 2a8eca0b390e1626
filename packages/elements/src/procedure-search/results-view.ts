import { html, nothing, type TemplateResult } from 'lit';
import type { ProcedureSearchResult, ProcedureSummary } from '@dvc-kit/spec';
import type { SearchFilters } from '../base/events.js';
import type { FailureKind } from '../controllers/failure.js';
import { stateView } from '../controllers/state-view.js';
import { highlighted } from '../catalog/highlight.js';
import { facetLabel, ONLINE_LEVEL_SHORT } from '../i18n/catalog-labels.js';
import { formatNumber } from '../i18n/format.js';
import type { Locale } from '../i18n/locale.js';
import type { SearchStrings } from './dvc-procedure-search.strings.js';
import { FACETS, type FacetName, type SearchQuery } from './search-query.js';

/** What the results view shows. */
export interface ResultsViewModel {
  strings: SearchStrings;
  locale: Locale;
  headingLevel: number;
  /** The search asked for; null before the first one. */
  searched: SearchQuery | null;
  /** The last answer (kept on screen while the next one loads). */
  result: ProcedureSearchResult | undefined;
  loading: boolean;
  /** Why the last search failed, if it did. */
  failure: FailureKind | null;
}

/** What the person can do in the results view. */
export interface ResultsViewActions {
  retry: () => void;
  setFilter: (facet: FacetName, value: string) => void;
  clearFilters: () => void;
  goToPage: (page: number) => void;
  open: (item: ProcedureSummary) => void;
}

/**
 * The results of a full search: a heading (`#results-heading`, where focus
 * goes after paging), the total, the facet filters, the list and the pager;
 * or the empty, loading, no-results and failure states.
 */
export function resultsView(m: ResultsViewModel, on: ResultsViewActions): TemplateResult | typeof nothing {
  const t = m.strings;
  if (!m.searched) return html`<div part="message" class="message"><p>${t.empty}</p></div>`;
  // The shared state view sits inside the `message` part the search has always documented for these states.
  if (m.failure === 'not_configured') {
    return html`<div part="message">${stateView('not_configured', { locale: m.locale })}</div>`;
  }
  if (m.failure) {
    // Offline has the search's own sentence (it reloads by itself); the rest say the shared ones.
    const message = m.failure === 'offline' ? t.offline : undefined;
    return html`<section part="results" class="results" aria-labelledby="results-heading">
      ${heading(m, t.resultsHeading)}
      <div part="message">${stateView(m.failure, { locale: m.locale, message, retry: on.retry })}</div>
    </section>`;
  }
  const { result, searched } = m;
  if (!result) {
    return html`<section part="results" class="results" aria-labelledby="results-heading" aria-busy="true">
      ${heading(m, t.resultsHeading)}
      <p part="total" class="total">${t.loading}</p>
    </section>`;
  }
  const q = searched.q;
  const hasFilters = FACETS.some((f) => searched.filters[f]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return html`<section part="results" class="results" aria-labelledby="results-heading" aria-busy=${m.loading ? 'true' : 'false'}>
    ${heading(m, t.resultsHeading)}
    <p part="total" class="total">${m.loading ? t.loading : t.total(result.total, q)}</p>
    ${facetsView(m, result, searched.filters, on)}
    ${result.total === 0
      ? html`<div part="message" class="message">
          <p>${t.noResults(q)} ${t.noResultsTips}</p>
          ${hasFilters ? html`<button class="btn secondary" type="button" @click=${on.clearFilters}>${t.clearFilters}</button>` : nothing}
        </div>`
      : html`<ol part="list" class="list" start=${(result.page - 1) * result.pageSize + 1}>
          ${result.items.map((item) => resultView(m, item, q, on))}
        </ol>`}
    ${pages > 1 ? pagerView(m, result.page, pages, on) : nothing}
  </section>`;
}

function heading(m: ResultsViewModel, text: string): TemplateResult {
  return html`<div part="results-heading" class="heading" id="results-heading" role="heading" aria-level=${Math.min(6, m.headingLevel)} tabindex="-1">${text}</div>`;
}

function facetsView(m: ResultsViewModel, result: ProcedureSearchResult, filters: SearchFilters, on: ResultsViewActions) {
  const t = m.strings;
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
        <select part="facet" id="facet-${facet}" @change=${(e: Event) => on.setFilter(facet, (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!chosen}>${t.any}</option>
          ${chosen && !known ? html`<option value=${chosen} selected>${chosen}</option>` : nothing}
          ${counts.map(
            (c) => html`<option value=${c.value} ?selected=${c.value === chosen}>
              ${t.withCount(facetLabel(facet, c.value, c.label, m.locale), formatNumber(c.count, m.locale))}
            </option>`,
          )}
        </select>
      </div>`;
    })}
  </fieldset>`;
}

function resultView(m: ResultsViewModel, item: ProcedureSummary, q: string, on: ResultsViewActions) {
  return html`<li part="result" class="result">
    <button part="result-link" class="result-link" type="button" data-code=${item.code} @click=${() => on.open(item)}>
      <span class="name">${highlighted(item.name, q)}</span>
    </button>
    <div class="meta">
      <span>${m.strings.code}: ${item.code}</span>
      <span>${item.field.name}</span>
      <span>${item.agency.name}</span>
      <span class="badge">${ONLINE_LEVEL_SHORT[m.locale][item.onlineLevel]}</span>
    </div>
  </li>`;
}

function pagerView(m: ResultsViewModel, page: number, pages: number, on: ResultsViewActions) {
  const t = m.strings;
  return html`<nav part="pagination" class="pager" aria-label=${t.pagination}>
    <button class="btn secondary" type="button" ?disabled=${page <= 1} @click=${() => on.goToPage(page - 1)}>${t.previous}</button>
    <p aria-current="page">${t.pageOf(formatNumber(page, m.locale), formatNumber(pages, m.locale))}</p>
    <button class="btn secondary" type="button" ?disabled=${page >= pages} @click=${() => on.goToPage(page + 1)}>${t.next}</button>
  </nav>`;
}
