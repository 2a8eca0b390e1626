/**
 * The checks every dvc- element passes, written once. An element's `*.suite.test.ts` calls
 * runElementSuite() with fixtures that mount it, settled, in each of its states:
 *
 * - axe (WCAG 2.0 A to 2.2 AA, best practice) finds nothing in any state;
 * - every `@csspart` the custom-elements manifest documents is rendered in some state, and
 *   every part rendered is documented;
 * - `heading-level` sets the level of its heading;
 * - with no client anywhere (no api-base, provider or configure()) it says the shared
 *   not-configured sentence;
 * - `lang="en"` on it changes its text, and `lang="vi"` brings the Vietnamese back;
 * - removing it aborts the requests it has in flight;
 * - keyboard only: Tab reaches every control in its shadow root, and leaves it again.
 *
 * A check that cannot apply (an element with no heading, or one that never calls the portal)
 * is named in `notApplicable` with the reason, and the suite then checks that reason instead.
 */
import { expect, fixture } from '@open-wc/testing';
import type { PortalClient } from '@dvc-kit/client';
import { documentedElement } from './element-manifest.js';
import { expectAccessible } from './expect-accessible.js';
import { inFlightFetch } from './in-flight-fetch.js';
import { describeControl, tabThrough } from './keyboard.js';
import { until } from './until.js';

/** The checks that an element may declare not applicable, with the reason. */
export type SuiteCheck = 'headingLevel' | 'notConfigured' | 'lang' | 'abortOnRemoval';

/** A settled element in one state; may be inside a wrapper (a provider, a form). */
export type ElementFixture = () => Promise<HTMLElement>;

export interface ElementSuiteOptions {
  tag: string;
  /** Registers the tag, e.g. `() => import('./define.js')`. */
  define: () => Promise<unknown>;
  /** Each state the element shows, by name, mounted fresh and settled. The first is the default state. */
  fixtures: Record<string, ElementFixture>;
  /** The shared sentences: `failureStrings` of controllers/failure.strings.ts. */
  sharedStrings: Record<'vi' | 'en', { notConfigured: string }>;
  /** Which fixture shows the element's heading (default: the first). */
  headingLevel?: { fixture?: string };
  /**
   * Mounts it with no client anywhere and does what makes it need one (e.g. press sign-in).
   * Default: `<tag>` alone, outside any provider.
   */
  notConfigured?: ElementFixture;
  /** Which fixture the language switch runs on (default: the first). */
  lang?: { fixture?: string };
  /**
   * Mounts it against `client` (whose requests never get an answer) and starts what loads; the
   * suite waits for a request, removes the element and expects every request's signal aborted.
   * Required unless `notApplicable.abortOnRemoval` says why the element calls nothing.
   */
  inFlight?: (client: PortalClient) => Promise<HTMLElement>;
  /** Fixtures to walk with Tab (default: all). */
  keyboard?: { fixtures?: string[] };
  /** Checks that do not apply to this element, each with the reason (the suite checks the reason). */
  notApplicable?: Partial<Record<SuiteCheck, string>>;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** The levels of the headings in a shadow root (aria-level wins over the tag's digit). */
export function headingLevels(root: ShadowRoot): number[] {
  return [...root.querySelectorAll(HEADINGS)]
    .filter((h) => h.checkVisibility())
    .map((h) => Number(h.getAttribute('aria-level') ?? (/^h([1-6])$/.exec(h.localName)?.[1] ?? '2')));
}

/** The part names rendered in a shadow root. */
export function renderedParts(root: ShadowRoot): Set<string> {
  const parts = new Set<string>();
  for (const el of root.querySelectorAll('[part]')) for (const name of el.part) parts.add(name);
  return parts;
}

/** What a person reads or hears in a shadow root: its text and its accessible labels. */
export function readableText(root: ShadowRoot): string {
  const labels = [...root.querySelectorAll('[aria-label], [placeholder], [title], [alt]')].flatMap((el) =>
    ['aria-label', 'placeholder', 'title', 'alt'].map((name) => el.getAttribute(name) ?? ''),
  );
  return [root.textContent ?? '', ...labels].join(' ').replace(/\s+/g, ' ').trim();
}

/** The element itself: the fixture may return a wrapper around it. */
function theElement(mounted: HTMLElement, tag: string): HTMLElement {
  const el = mounted.localName === tag ? mounted : mounted.querySelector<HTMLElement>(tag);
  if (!el?.shadowRoot) throw new Error(`the fixture mounted no <${tag}> with a shadow root`);
  return el;
}

async function settled(el: HTMLElement): Promise<void> {
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
}

export function runElementSuite(options: ElementSuiteOptions): void {
  const { tag, fixtures } = options;
  const states = Object.keys(fixtures);
  const first = states[0];
  if (!first) throw new Error(`runElementSuite(<${tag}>): give at least one fixture`);
  const mount = async (state: string) => {
    const make = fixtures[state];
    if (!make) throw new Error(`<${tag}> has no fixture "${state}" (it has ${states.join(', ')})`);
    return theElement(await make(), tag);
  };
  const skip = options.notApplicable ?? {};
  if (!options.inFlight && !skip.abortOnRemoval) {
    throw new Error(`runElementSuite(<${tag}>): give inFlight, or say in notApplicable.abortOnRemoval why it calls nothing`);
  }

  describe(`<${tag}>: the shared element suite`, () => {
    before(options.define);

    for (const state of states) {
      it(`${state}: axe finds nothing (WCAG 2.0 A to 2.2 AA, best practice)`, async () => {
        const el = await mount(state);
        await expectAccessible(el);
      });
    }

    it('renders every documented ::part in some state, and documents every part it renders', async () => {
      const documented = (await documentedElement(tag)).parts;
      const rendered = new Set<string>();
      for (const state of states) for (const part of renderedParts((await mount(state)).shadowRoot!)) rendered.add(part);
      expect(documented.filter((p) => !rendered.has(p)), `documented parts no fixture (${states.join(', ')}) shows`).to.deep.equal([]);
      expect([...rendered].filter((p) => !documented.includes(p)), 'parts rendered but not documented with @csspart').to.deep.equal([]);
    });

    if (skip.headingLevel) {
      it(`has no heading to level (${skip.headingLevel})`, async () => {
        expect((await documentedElement(tag)).attributes).not.to.include('heading-level');
        for (const state of states) expect(headingLevels((await mount(state)).shadowRoot!), state).to.deep.equal([]);
      });
    } else {
      it('heading-level sets the level of its heading', async () => {
        expect((await documentedElement(tag)).attributes, 'a documented heading-level attribute').to.include('heading-level');
        const el = await mount(options.headingLevel?.fixture ?? first);
        for (const level of [3, 5, 2]) {
          el.setAttribute('heading-level', String(level));
          await settled(el);
          await until(() => Math.min(...headingLevels(el.shadowRoot!)) === level, () => `its top heading at level ${level} (has ${headingLevels(el.shadowRoot!).join(', ') || 'no heading'})`, 3000);
        }
      });
    }

    if (skip.notConfigured) {
      it(`needs no portal connection (${skip.notConfigured})`, async () => {
        const el = theElement(await fixture(`<${tag}></${tag}>`), tag);
        await settled(el);
        expect(readableText(el.shadowRoot!)).not.to.include(options.sharedStrings.vi.notConfigured);
      });
    } else {
      it('says the shared not-configured sentence when no client is configured', async () => {
        const el = theElement(await (options.notConfigured ?? (() => fixture(`<${tag}></${tag}>`)))(), tag);
        const sentence = options.sharedStrings.vi.notConfigured;
        await until(() => readableText(el.shadowRoot!).includes(sentence), () => `"${sentence}" (shows: ${readableText(el.shadowRoot!).slice(0, 300)})`, 3000);
      });
    }

    if (skip.lang) {
      it(`has no text of its own to translate (${skip.lang})`, async () => {
        for (const state of states) expect(readableText((await mount(state)).shadowRoot!), state).to.equal('');
      });
    } else {
      it('lang="en" on it switches its text to English, lang="vi" back', async () => {
        const el = await mount(options.lang?.fixture ?? first);
        const vietnamese = readableText(el.shadowRoot!);
        expect(vietnamese, 'some text to switch').not.to.equal('');
        el.setAttribute('lang', 'en');
        await until(() => readableText(el.shadowRoot!) !== vietnamese, 'the text changes with lang="en"', 3000);
        const english = readableText(el.shadowRoot!);
        el.setAttribute('lang', 'vi');
        await until(() => readableText(el.shadowRoot!) !== english, 'the text changes back with lang="vi"', 3000);
        await until(() => readableText(el.shadowRoot!) === vietnamese, 'the same Vietnamese text as before', 3000);
      });
    }

    const inFlight = options.inFlight;
    if (skip.abortOnRemoval) {
      it(`calls the portal for nothing it would have to abort (${skip.abortOnRemoval})`, async () => {
        const portal = inFlightFetch();
        const mounted = await fixture<HTMLElement>(`<dvc-provider></dvc-provider>`);
        (mounted as HTMLElement & { client: PortalClient }).client = portal.client();
        mounted.append(document.createElement(tag));
        await settled(theElement(mounted, tag));
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(portal.requests.map((r) => `${r.method} ${r.url.pathname}`)).to.deep.equal([]);
      });
    } else if (inFlight) {
      it('aborts its requests in flight when it is removed', async () => {
        const portal = inFlightFetch();
        const el = theElement(await inFlight(portal.client()), tag);
        await until(() => portal.requests.length > 0, 'a request in flight', 5000);
        el.remove();
        const open = () => portal.requests.filter((r) => !r.signal.aborted).map((r) => `${r.method} ${r.url.pathname}`);
        await until(() => open().length === 0, () => `aborted on removal, but still open: ${open().join(', ')}`, 2000);
      });
    }

    for (const state of options.keyboard?.fixtures ?? states) {
      it(`${state}: Tab reaches every control, and leaves the element again`, async () => {
        const el = await mount(state);
        const walk = await tabThrough(el);
        expect(walk.missed.map(describeControl), 'controls Tab never reached').to.deep.equal([]);
        expect(walk.leftTheElement, 'Tab moves on past the element (no keyboard trap)').to.equal(true);
      });
    }
  });
}
