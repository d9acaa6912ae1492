import { readFileSync } from 'node:fs';
import path from 'node:path';
import { commandLineOrExit, exitWithUsage, type CommandSpec } from '../../scripts/command-line.cjs';
import { startHub } from './server';
import { isLoopback } from './transport-security';
import { newToken } from './secrets';

const hubCommand: CommandSpec = {
  command: 'npm run hub --',
  summary:
    "Runs a provider's hub: homes publish to it, and the provider's people read every home over time in\n" +
    'the browser. It keeps nothing itself (everything is in PostgreSQL), so several can run behind a\n' +
    'load balancer over one database. It updates the database schema on start.',
  options: [
    {
      name: 'pg',
      value: 'url',
      example: 'postgres://hub@db.example/hub',
      description: 'The PostgreSQL database (required; or the HUB_PG_URL environment variable).',
    },
    {
      name: 'port',
      value: 'n',
      example: '8443',
      description: 'The port to listen on (0 picks a free one). Default: 8080.',
    },
    {
      name: 'host',
      value: 'address',
      example: '0.0.0.0',
      description: 'The address to listen on. Default: 127.0.0.1 (this computer only).',
    },
    {
      name: 'tls-cert',
      value: 'file',
      example: './cert.pem',
      description: 'A certificate (PEM): the hub serves HTTPS itself. Needs --tls-key.',
    },
    {
      name: 'tls-key',
      value: 'file',
      example: './key.pem',
      description: 'The certificate’s private key (PEM).',
    },
    {
      name: 'behind-tls-proxy',
      description:
        'A proxy in front ends TLS and sends X-Forwarded-Proto: https; plain requests are refused.',
    },
    {
      name: 'add-provider',
      value: 'name',
      example: '"Oak Care Ltd"',
      description:
        'Set up a provider and its first admin (with --admin-email), print the password, and stop.',
    },
    {
      name: 'admin-email',
      value: 'email',
      example: 'ri@oakcare.example',
      description: 'The first admin’s email, with --add-provider.',
    },
  ],
  example: 'npm run hub -- --pg postgres://hub@localhost/hub --port 8080',
};

function portOf(text: string | undefined): number {
  const port = Number(text ?? '8080');
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    exitWithUsage(hubCommand, `--port must be a number from 0 to 65535, not "${text}".`);
  return port;
}

async function main() {
  const values = commandLineOrExit(hubCommand);
  const pgUrl = values.pg ?? process.env.HUB_PG_URL;
  if (!pgUrl) return exitWithUsage(hubCommand, 'Say which PostgreSQL database to use with --pg.');
  const host = values.host ?? '127.0.0.1';
  const behindTlsProxy = values['behind-tls-proxy'] === 'true';
  if (Boolean(values['tls-cert']) !== Boolean(values['tls-key'])) {
    return exitWithUsage(hubCommand, '--tls-cert and --tls-key go together.');
  }
  const tls = values['tls-cert']
    ? { cert: readFileSync(values['tls-cert']), key: readFileSync(values['tls-key']!) }
    : undefined;
  if (!isLoopback(host) && host !== 'localhost' && !tls && !behindTlsProxy) {
    // Not fatal (every plain request from elsewhere is refused anyway), but said at once.
    console.warn(
      'Listening beyond this computer without TLS: requests from other machines will be refused. Use --tls-cert/--tls-key or --behind-tls-proxy.',
    );
  }
  const hub = await startHub({
    pgUrl,
    port: portOf(values.port),
    host,
    behindTlsProxy,
    tls: tls && { cert: tls.cert.toString(), key: tls.key.toString() },
    pagesDir: path.join(__dirname, '..', 'hub-pages'),
  });
  if (values['add-provider']) {
    const email = values['admin-email'];
    if (!email) return exitWithUsage(hubCommand, '--add-provider needs --admin-email.');
    const password = newToken().slice(0, 20);
    await hub.services.accounts.addProvider(values['add-provider'], email, password);
    console.log(`Provider added. Sign in as ${email} with this password (shown once): ${password}`);
    await hub.close();
    return;
  }
  console.log(`Hub listening on ${hub.url}`);
  const stop = () =>
    void hub.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`Hallmarks hub: ${error.message}`);
  process.exit(1);
});
