import { startInProcess } from './test/reliability/support/in-process.js';
import { Agent, request } from 'node:http';
const s = await startInProcess();
const big = `{"a":"${'x'.repeat(200_000)}"}`;
await new Promise<void>((resolve) => {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const req = request(`${s.url}/api/v1/dossiers`, { method: 'POST', agent, headers: { authorization: 'Bearer nope', 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(big)) } }, (res) => {
    console.log('status', res.statusCode, 'connection:', res.headers.connection, 'keep-alive:', res.headers['keep-alive']);
    const sock = req.socket;
    sock?.on('close', () => console.log('socket closed'));
    res.resume();
    res.on('end', () => setTimeout(() => { console.log('after 300ms, destroyed?', sock?.destroyed); agent.destroy(); resolve(); }, 300));
  });
  req.on('error', (e) => { console.log('req error', e.message); resolve(); });
  req.end(big);
});
let fails = 0;
for (let i = 0; i < 30; i++) {
  await fetch(`${s.url}/api/v1/dossiers`, { method: 'POST', headers: { authorization: 'Bearer nope', 'content-type': 'application/json' }, body: big }).then((r) => r.text()).catch((e) => { fails++; console.log('big failed', String(e.cause)); });
  try { await (await fetch(`${s.url}/healthz`)).text(); } catch (e) { fails++; console.log('healthz failed', String((e as { cause?: unknown }).cause)); }
}
console.log('fails', fails);
await s.close();
