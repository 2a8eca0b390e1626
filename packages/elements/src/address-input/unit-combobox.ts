import type { ReactiveController, ReactiveElement } from 'lit';
import { UnitIndex, type Unit } from './unit-filter.js';

/** What a unit combobox says: the live count of matches and the choice made. */
export interface UnitComboboxStrings {
  count: (n: number) => string;
  none: string;
  selected: (name: string) => string;
}

export interface UnitComboboxOptions<U extends Unit> {
  /** Prefix of its ids in the shadow root: `#{id}`, `#{id}-list`, `#{id}-opt-{i}`. */
  id: string;
  strings: () => UnitComboboxStrings;
  announce: (message: string) => void;
  /** The person chose a unit, or took the choice back (null). Not called for a choice set by code. */
  commit: (unit: U | null) => void;
}

/**
 * One editable combobox with list autocomplete (WAI-ARIA APG) over a list held in the page:
 * typing filters it with or without diacritics and says how many match; Down and Up open the
 * list and move the active option (focus stays in the field, aria-activedescendant points);
 * Enter chooses the active option (or the only match); Escape closes the list, or else clears
 * the field. Leaving the field with the name of a unit typed out chooses it; with other text the
 * choice is taken back. The search's combobox fetches its suggestions as typed, so it is a
 * different controller; this one never calls the portal.
 */
export class UnitCombobox<U extends Unit> implements ReactiveController {
  text = '';
  chosen: U | null = null;
  open = false;
  active = -1;
  private index = new UnitIndex<U>([]);
  private source: readonly U[] = [];
  private filtered: { text: string; units: U[] } | null = null;
  private scrolledTo = -1;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: UnitComboboxOptions<U>,
  ) {
    host.addController(this);
  }

  get id(): string {
    return this.options.id;
  }

  /** The list to choose from; a new array is indexed again. */
  set units(units: readonly U[]) {
    if (units === this.source) return;
    this.source = units;
    this.index = new UnitIndex(units);
    this.filtered = null;
  }

  get units(): readonly U[] {
    return this.source;
  }

  /** The unit of this list with that code, or null. */
  byCode(code: string): U | null {
    return this.index.byCode(code);
  }

  /** The units matching what is typed, best first. */
  get matches(): U[] {
    if (this.filtered?.text !== this.text) this.filtered = { text: this.text, units: this.index.filter(this.text) };
    return this.filtered.units;
  }

  get expanded(): boolean {
    return this.open && this.matches.length > 0;
  }

  get activeId(): string | undefined {
    return this.expanded && this.active >= 0 ? `${this.id}-opt-${this.active}` : undefined;
  }

  /** Sets the choice without telling anyone (a value given by code, a reset). */
  setChoice(unit: U | null): void {
    this.chosen = unit;
    this.text = unit?.name ?? '';
    this.close();
  }

  hostUpdated(): void {
    if (this.active === this.scrolledTo) return;
    this.scrolledTo = this.active;
    if (this.active >= 0) this.host.renderRoot.querySelector(`#${this.id}-opt-${this.active}`)?.scrollIntoView({ block: 'nearest' });
  }

  readonly onInput = (event: Event): void => {
    // The field's own input event would tell the page the address changed: it has not, yet.
    event.stopPropagation();
    this.text = (event.target as HTMLInputElement).value;
    this.open = true;
    this.active = -1;
    this.sayCount();
    this.host.requestUpdate();
  };

  readonly onClick = (): void => {
    if (this.open || this.source.length === 0) return;
    this.open = true;
    this.host.requestUpdate();
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const n = this.matches.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (n === 0) return;
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (!this.expanded) {
          this.open = true;
          this.sayCount();
          if (!event.altKey) this.active = down ? 0 : n - 1;
        } else if (!event.altKey) {
          this.active = down ? (this.active + 1) % n : this.active <= 0 ? n - 1 : this.active - 1;
        }
        this.host.requestUpdate();
        return;
      }
      case 'Enter':
        if (this.expanded && this.active >= 0) {
          event.preventDefault();
          this.choose(this.active);
        } else if (this.open && n === 1) {
          event.preventDefault();
          this.choose(0);
        } else {
          this.settle();
        }
        return;
      case 'Escape':
        if (this.expanded) {
          event.preventDefault();
          this.close();
        } else if (this.text) {
          event.preventDefault();
          this.text = '';
          this.pick(null);
        }
        return;
      default:
        return;
    }
  };

  readonly onFocusOut = (): void => {
    this.settle();
  };

  /** Chooses the match at `index` (a click, or Enter on the active option). */
  choose(index: number): void {
    const unit = this.matches[index];
    if (!unit) return;
    this.pick(unit);
    this.options.announce(this.options.strings().selected(unit.name));
  }

  close(): void {
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  /** What the field holds when the person moves on: a unit's name chooses it, other text undoes the choice. */
  private settle(): void {
    const typed = this.text.trim();
    if (this.chosen && typed === this.chosen.name) return this.close();
    if (!typed) return this.pick(null);
    const exact = this.index.exact(typed);
    if (exact) return this.pick(exact);
    if (this.chosen) return this.pick(null);
    this.close();
  }

  private pick(unit: U | null): void {
    const changed = unit?.code !== this.chosen?.code;
    this.chosen = unit;
    if (unit) this.text = unit.name;
    this.close();
    if (changed) this.options.commit(unit);
  }

  private sayCount(): void {
    const t = this.options.strings();
    const n = this.matches.length;
    this.options.announce(n ? t.count(n) : t.none);
  }
}
