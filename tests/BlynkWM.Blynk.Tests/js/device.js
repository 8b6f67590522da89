// The interop script, run by the official Blynk JavaScript device client (npm blynk-library) against our server.
// tests/BlynkWM.Blynk.Tests/InteropTests.cs starts it and runs the same script with our C# client.
//   node device.js tcp|tls HOST PORT TOKEN [CA_PEM_FILE] [HEARTBEAT_MS]
// Lines starting with "@ " report what the device saw; the library's own log lines are left as they are.
'use strict';
const Blynk = require('blynk-library');

const [mode, host, port, token, caFile, heartbeat] = process.argv.slice(2);
const connector = mode === 'tls'
  ? new Blynk.SslClient({ addr: host, port: Number(port), ca: [caFile] })
  : new Blynk.TcpClient({ addr: host, port: Number(port) });
const blynk = new Blynk.Blynk(token, { connector: connector, heartbeat: Number(heartbeat) || 10000 });
const say = (line) => process.stdout.write('@ ' + line + '\n');

blynk.on('connect', () => {
  say('connected');
  blynk.virtualWrite(1, 21.5);
  blynk.virtualWrite(2, ['a', 'b', 'c']);
  blynk.setProperty(1, 'label', 'Temperature');
  blynk.eventLog('boot', 'started');
  blynk.syncVirtual(5);
});
blynk.on('disconnect', () => say('disconnected'));
blynk.on('error', (e) => say('error ' + e));

new blynk.VirtualPin(3).on('write', (v) => { say('write 3 ' + v.join('|')); blynk.virtualWrite(4, 'got:' + v[0]); });
new blynk.VirtualPin(5).on('write', (v) => { say('write 5 ' + v.join('|')); blynk.virtualWrite(6, 'echo:' + v[0]); });
new blynk.VirtualPin(7).on('read', () => { say('read 7'); blynk.virtualWrite(7, 'read:7'); });
new blynk.VirtualPin(0).on('write', () => { say('bye'); blynk.disconnect(false); process.exit(0); });
