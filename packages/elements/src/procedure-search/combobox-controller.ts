import type { ReactiveController, ReactiveElement } from 'lit';
import type { PortalClient } from '@dvc-kit/client';
import type { ProcedureSearchResult, ProcedureSummary } from '@dvc-kit/spec';
import { fold } from '@dvc-kit/client/text';
import type { QueryCache } from '../catalog/query-cache.js';
import { notConfiguredError, type FailureKind } from '../controllers/failure.js';
import { PortalTask, initialState } from '../controllers/portal-task.js';
import type { SearchStrings } from './dvc-procedure-search.strings.js';
import { cacheKey, SUGGESTION_COUNT } from './search-query.js';

/** Where the suggestions stand: the field shows a message for the last three. */
export type SuggestStatus = 'idle' | 'loading' | 'ready' | 'error' | 'offline' | 'not_configured';

export interface ComboboxOptions {
  client: () => PortalClient | null;
  /** Answers shared with the full search (keys differ by page size). */
  cache: QueryCache<ProcedureSearchResult>;
  minChars: () => number;
  debounce: () => number;
  strings: () => SearchStrings;
  announce: (message: string) => void;
  /** The person changed the text: a chosen procedure no longer matches it. */
  edited: () => void;
  /** The person chose a suggestion (Enter or a click). */
  chosen: (item: ProcedureSummary) => void;
  /** A procedure is chosen now (the list then stays closed when focus comes back). */
  hasChoice: () => boolean;
}

type Suggested = { q: string; result: ProcedureSearchResult };

/**
 * The state and keys of the search field as a WAI-ARIA APG editable combobox
 * with a listbox popup: fetches suggestions after a typing pause (the newest
 * request wins, earlier ones are aborted, answers are cached), moves the
 * active option, opens and closes the list. Focus stays in the field.
 */
export class ComboboxController implements ReactiveController {
  suggestions: ProcedureSummary[] = [];
  /** The text the shown suggestions answer (what their marks highlight). */
  suggestQuery = '';
  status: SuggestStatus = 'idle';
  open = false;
  active = -1;
  private typed = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private scrolledTo = -1;
  private readonly task: PortalTask<readonly [string], Suggested>;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: ComboboxOptions,
  ) {
    this.task = new PortalTask(host, {
      // Read when the task re-runs by itself (back online): the text as it is then.
      args: () => [this.text.trim()] as const,
      autoRun: false,
      task: ([q], signal) => this.load(q, signal),
      onComplete: ({ q, result }) => this.show(q, result),
      onError: (_error, kind) => this.failed(kind),
    });
    host.addController(this);
  }

  /** What the field holds. */
  get text(): string {
    return this.typed;
  }

  set text(value: string) {
    this.typed = value;
    this.host.requestUpdate();
  }

  /** The listbox is showing. */
  get expanded(): boolean {
    return this.open && this.suggestions.length > 0;
  }

  /** The id of the active option, for aria-activedescendant. */
  get activeId(): string | undefined {
    return this.expanded && this.active >= 0 ? `opt-${this.active}` : undefined;
  }

  hostUpdated(): void {
    if (this.active !== this.scrolledTo) {
      this.scrolledTo = this.active;
      if (this.active >= 0) this.host.renderRoot.querySelector(`#opt-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  readonly onInput = (event: Event): void => {
    this.text = (event.target as HTMLInputElement).value;
    this.active = -1;
    this.options.edited();
    this.schedule();
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const n = this.suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.expanded) {
          if (n === 0) return this.schedule(true);
          this.open = true;
          if (!event.altKey) this.active = 0;
        } else if (!event.altKey) {
          this.active = this.active >= n - 1 ? 0 : this.active + 1;
        }
        return this.host.requestUpdate();
      case 'ArrowUp':
        event.preventDefault();
        if (!this.expanded) {
          if (n === 0) return;
          this.open = true;
          this.active = n - 1;
        } else {
          this.active = this.active <= 0 ? n - 1 : this.active - 1;
        }
        return this.host.requestUpdate();
      case 'Home':
      case 'End':
        if (this.expanded && this.active >= 0) {
          event.preventDefault();
          this.active = event.key === 'Home' ? 0 : n - 1;
          this.host.requestUpdate();
        }
        return;
      case 'Enter':
        if (this.expanded && this.active >= 0) {
          event.preventDefault();
          this.choose(this.active);
        } else {
          this.close();
        }
        return;
      case 'Escape':
        if (this.expanded) {
          event.preventDefault();
          this.close();
        } else if (this.text) {
          event.preventDefault();
          this.text = '';
          this.schedule();
          this.options.edited();
        }
        return;
      case 'Tab':
        return this.close();
      default:
        return;
    }
  };

  readonly onFocusIn = (): void => {
    if (this.suggestions.length && this.suggestQuery === this.text.trim() && !this.options.hasChoice() && !this.open) {
      this.open = true;
      this.host.requestUpdate();
    }
  };

  readonly onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (!to || !this.host.renderRoot.contains(to)) this.close();
  };

  /** Chooses the suggestion at `index`: its name fills the field, the list closes, the choice is announced. */
  choose(index: number): void {
    const item = this.suggestions[index];
    if (!item) return;
    this.text = item.name;
    this.close();
    this.options.announce(this.options.strings().selected(item.name));
    this.options.chosen(item);
  }

  close(): void {
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  /** Stops waiting for suggestions (a full search replaces them). */
  cancel(): void {
    clearTimeout(this.timer);
    this.task.abort();
    this.close();
  }

  /** Fetches suggestions for the text after the typing pause (or now). */
  schedule(immediate = false): void {
    clearTimeout(this.timer);
    const q = this.text.trim();
    if (fold(q).length < this.options.minChars()) {
      this.task.abort();
      this.suggestions = [];
      this.status = 'idle';
      this.open = false;
      this.host.requestUpdate();
      return;
    }
    if (immediate) this.fetch(q);
    else this.timer = setTimeout(() => this.fetch(q), this.options.debounce());
  }

  private fetch(q: string): void {
    const cached = this.options.cache.get(cacheKey(suggestParams(q)));
    if (cached) {
      this.task.abort();
      this.show(q, cached);
    } else if (!this.options.client()) {
      this.task.abort();
      this.status = 'not_configured';
      this.host.requestUpdate();
    } else {
      void this.task.run([q]);
    }
  }

  private async load(q: string, signal: AbortSignal): Promise<Suggested | typeof initialState> {
    if (fold(q).length < this.options.minChars()) return initialState;
    const client = this.options.client();
    if (!client) throw notConfiguredError();
    const params = suggestParams(q);
    const key = cacheKey(params);
    const cached = this.options.cache.get(key);
    if (cached) return { q, result: cached };
    this.status = 'loading';
    this.host.requestUpdate();
    const result = await client.procedures.search(params, { signal });
    this.options.cache.set(key, result);
    return { q, result };
  }

  private show(q: string, result: ProcedureSearchResult): void {
    // An answer for text the person has since changed is stale: drop it.
    if (q !== this.text.trim()) return;
    this.suggestions = result.items;
    this.suggestQuery = q;
    this.status = 'ready';
    this.active = -1;
    this.open = this.host.matches(':focus-within');
    this.host.requestUpdate();
    const t = this.options.strings();
    this.options.announce(result.items.length ? t.suggestCount(result.items.length) : t.suggestNone);
  }

  private failed(kind: FailureKind): void {
    if (kind === 'aborted') return;
    if (kind === 'not_configured') {
      this.status = 'not_configured';
      return this.host.requestUpdate();
    }
    this.status = kind === 'offline' ? 'offline' : 'error';
    this.suggestions = [];
    this.open = false;
    this.host.requestUpdate();
    const t = this.options.strings();
    this.options.announce(kind === 'offline' ? t.suggestOffline : t.suggestError);
  }
}

function suggestParams(q: string) {
  return { q, page: 1, pageSize: SUGGESTION_COUNT };
}
