// Preload for the language server (`node --require test/lsp/no-network.cjs dist/server.js --stdio`): every way
// to open a network connection or resolve a name throws, and is recorded (one JSON line per attempt) in the file
// named by NO_NETWORK_LOG. stdout is the protocol channel, so nothing is printed. Pipes to the client (stdio) are
// not affected: they are wrapped file descriptors, never connect()ed.
'use strict';
const fs = require('node:fs');

const logFile = process.env.NO_NETWORK_LOG;
function record(what, args) {
  const line = JSON.stringify({ what, args: safeArgs(args), stack: new Error().stack.split('\n').slice(2, 8).join('\n') }) + '\n';
  try { if (logFile) fs.appendFileSync(logFile, line); } catch { /* nothing else to do */ }
  const e = new Error(`no-network: ${what} is forbidden in the language server`);
  e.code = 'ENETUNREACH';
  throw e;
}
function safeArgs(args) {
  try { return JSON.parse(JSON.stringify(Array.from(args), (k, v) => (typeof v === 'function' ? '[fn]' : v))); } catch { return '[unserialisable]'; }
}
function patch(obj, name, label) {
  if (!obj || typeof obj[name] !== 'function') return;
  Object.defineProperty(obj, name, { configurable: true, writable: true, value: function () { return record(label, arguments); } });
}

const net = require('node:net');
patch(net.Socket.prototype, 'connect', 'net.Socket.prototype.connect');
patch(net, 'connect', 'net.connect');
patch(net, 'createConnection', 'net.createConnection');
patch(net, 'createServer', 'net.createServer');
patch(net.Server && net.Server.prototype, 'listen', 'net.Server.prototype.listen');

const tls = require('node:tls');
patch(tls, 'connect', 'tls.connect');

const dns = require('node:dns');
for (const f of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'reverse']) patch(dns, f, `dns.${f}`);
if (dns.promises) for (const f of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) patch(dns.promises, f, `dns.promises.${f}`);
if (dns.Resolver) for (const f of ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) patch(dns.Resolver.prototype, f, `dns.Resolver.${f}`);

const http = require('node:http');
const https = require('node:https');
for (const [mod, label] of [[http, 'http'], [https, 'https']]) {
  patch(mod, 'request', `${label}.request`);
  patch(mod, 'get', `${label}.get`);
  patch(mod, 'createServer', `${label}.createServer`);
}
try { const http2 = require('node:http2'); patch(http2, 'connect', 'http2.connect'); } catch { /* absent */ }
const dgram = require('node:dgram');
patch(dgram, 'createSocket', 'dgram.createSocket');

if (typeof globalThis.fetch === 'function') globalThis.fetch = function () { try { return record('fetch', arguments); } catch (e) { return Promise.reject(e); } };
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = function () { return record('WebSocket', arguments); };
