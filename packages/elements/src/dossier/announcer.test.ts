import { expect } from '@open-wc/testing';
import { Announcer } from './announcer.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Announcer (live region feed)', () => {
  it('speaks the first message at once, then joins what arrives within the gap, newest per file', async () => {
    const spoken: string[] = [];
    const a = new Announcer(() => spoken.push(a.text), 200);
    a.say('a.pdf', 'a.pdf: 25%');
    await wait(20);
    expect(spoken).to.deep.equal(['a.pdf: 25%']);
    a.say('a.pdf', 'a.pdf: 50%');
    a.say('b.pdf', 'b.pdf started');
    a.say('a.pdf', 'a.pdf: 75%');
    await wait(80);
    expect(spoken.length, 'nothing more within the gap').to.equal(1);
    await wait(200);
    expect(spoken).to.deep.equal(['a.pdf: 25%', 'a.pdf: 75% b.pdf started']);
    a.stop();
  });
});
