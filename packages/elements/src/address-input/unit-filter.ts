import { fold, foldedWords } from '@dvc-kit/client/text';

/** A province or a commune as the list shows it: its statistical code and official name with its kind. */
export interface Unit {
  code: string;
  name: string;
}

/**
 * The kind words an official name starts with ("Tỉnh", "Thành phố", "Xã", "Phường", "Đặc khu"),
 * folded: people type the place, not its kind, so the kind neither ranks nor sorts.
 */
const KIND = /^(tinh|thanh pho|xa|phuong|dac khu)\s+/;
const SHOWN_KIND = /^(Tỉnh|Thành phố|Xã|Phường|Đặc khu)\s+/u;

/** The place name without its kind word, for sorting as a person reads the list. */
const place = (name: string) => name.normalize('NFC').replace(SHOWN_KIND, '');

interface Entry<U extends Unit> {
  unit: U;
  /** The whole name folded, kind included, so "phuong hac" matches too. */
  folded: string;
  words: string[];
  /** The folded name without its kind word. */
  bare: string;
}

const squeeze = (text: string) => fold(text).trim().replace(/\s+/g, ' ');

/**
 * The units of one list, folded once, filtered as typed with or without diacritics
 * ('thanh hoa' finds 'Tỉnh Thanh Hóa', 'hac thanh' 'Phường Hạc Thành', 'da nang' 'Đà Nẵng').
 * Each typed word must begin a word of the name; names that begin with what was typed come first,
 * the rest stay in Vietnamese alphabetical order of the place name.
 */
export class UnitIndex<U extends Unit> {
  private readonly entries: Entry<U>[];

  constructor(units: readonly U[]) {
    const collator = new Intl.Collator('vi');
    this.entries = units
      .map((unit) => {
        const folded = squeeze(unit.name);
        return { unit, folded, words: folded.split(' '), bare: folded.replace(KIND, '') };
      })
      .sort((a, b) => collator.compare(place(a.unit.name), place(b.unit.name)) || collator.compare(a.unit.name, b.unit.name));
  }

  get size(): number {
    return this.entries.length;
  }

  /** The units matching `query`, best first; every unit for an empty query. */
  filter(query: string): U[] {
    const typed = foldedWords(query);
    if (typed.length === 0) return this.entries.map((e) => e.unit);
    const phrase = typed.join(' ');
    const ranked: Array<{ entry: Entry<U>; rank: number }> = [];
    for (const entry of this.entries) {
      if (!typed.every((w) => entry.words.some((word) => word.startsWith(w)))) continue;
      const rank = entry.bare.startsWith(phrase) || entry.folded.startsWith(phrase) ? 0 : 1;
      ranked.push({ entry, rank });
    }
    // Array#sort is stable: within a rank the alphabetical order stays.
    return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.entry.unit);
  }

  /**
   * The unit whose name `text` spells, with or without diacritics and with or without its kind
   * word ('thanh hoa' → Tỉnh Thanh Hóa); null when none or when the bare name is ambiguous.
   */
  exact(text: string): U | null {
    const wanted = squeeze(text);
    if (!wanted) return null;
    const whole = this.entries.find((e) => e.folded === wanted);
    if (whole) return whole.unit;
    const bare = this.entries.filter((e) => e.bare === wanted);
    return bare.length === 1 ? bare[0]!.unit : null;
  }

  /** The unit with this code, if the list has it. */
  byCode(code: string): U | null {
    return this.entries.find((e) => e.unit.code === code)?.unit ?? null;
  }
}
