// Loaded with `node --import` before the CLI: any attempt to reach the network is recorded on
// stderr (and fails), so a test can assert that none was made.
import dns from 'node:dns';
import net from 'node:net';
import tls from 'node:tls';
import dgram from 'node:dgram';

const refuse = (what) => () => {
  process.stderr.write(`NETWORK-ATTEMPT: ${what}\n`);
  throw new Error(`network access attempted: ${what}`);
};
net.Socket.prototype.connect = refuse('net.Socket.connect');
net.connect = net.createConnection = refuse('net.connect');
tls.connect = refuse('tls.connect');
dgram.createSocket = refuse('dgram.createSocket');
dns.lookup = refuse('dns.lookup');
dns.resolve = refuse('dns.resolve');
dns.promises.lookup = refuse('dns.promises.lookup');
globalThis.fetch = refuse('fetch');
