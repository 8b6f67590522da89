// ./bench.sh connectivity: N virtual writes through the official JavaScript client to our server.
//   node throughput.js HOST PORT TOKEN N
// Writes V1 = 0..N-1 as fast as the library lets it, then waits for the server to close the connection.
'use strict';
const Blynk = require('blynk-library');

const [host, port, token, count] = process.argv.slice(2);
const blynk = new Blynk.Blynk(token, { connector: new Blynk.TcpClient({ addr: host, port: Number(port) }) });
blynk.on('error', (e) => { process.stdout.write('@ error ' + e + '\n'); process.exit(1); });
blynk.on('connect', () => {
  process.stdout.write('@ connected\n');
  const n = Number(count);
  for (let i = 0; i < n; i++) {
    blynk.virtualWrite(1, i);
  }
  process.stdout.write('@ queued ' + n + '\n');
});
new blynk.VirtualPin(0).on('write', () => { blynk.disconnect(false); process.exit(0); });
