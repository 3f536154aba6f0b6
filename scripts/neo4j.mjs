#!/usr/bin/env node
/**
 * The project's own Neo4j server, with no Docker and no tarball: the jars come from Maven Central
 * (neo4j/pom.xml), live in the git-ignored .neo4j/ folder with the config, data and logs, and run with
 * `java org.neo4j.server.CommunityEntryPoint`.
 *
 *   node scripts/neo4j.mjs start | stop | status      (npm run neo4j:start / neo4j:stop / neo4j:status)
 *   node scripts/neo4j.mjs import DIR [--scratch]     (npm run neo4j:import -- DIR)
 *
 * The jest integration setup imports startNeo4j/stopNeo4j from here.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const POM = path.join(ROOT, 'neo4j', 'pom.xml');
const HOME = path.join(ROOT, '.neo4j');

/** Where the local server keeps its jars, config, data, logs and pid file (all under the git-ignored .neo4j/). */
export const NEO4J_PATHS = Object.freeze({
  home: HOME,
  lib: path.join(HOME, 'lib'),
  conf: path.join(HOME, 'conf'),
  data: path.join(HOME, 'data'),
  logs: path.join(HOME, 'logs'),
  run: path.join(HOME, 'run'),
  pidFile: path.join(HOME, 'run', 'neo4j.pid'),
  consoleLog: path.join(HOME, 'logs', 'console.log'),
  neo4jLog: path.join(HOME, 'logs', 'neo4j.log'),
  debugLog: path.join(HOME, 'logs', 'debug.log'),
});

/** How to reach the local server: the defaults the rest of the project assumes for NEO4J_URI and friends. */
export const LOCAL_NEO4J = Object.freeze({
  host: '127.0.0.1',
  boltPort: 7687,
  httpPort: 7474,
  uri: 'bolt://127.0.0.1:7687',
  httpUrl: 'http://127.0.0.1:7474/',
  browserUrl: 'http://127.0.0.1:7474/browser/',
  username: 'neo4j',
  password: 'newsgraph',
  database: 'neo4j',
});

// Sized for a 2-core, 24 GB machine that also runs jest and Chromium; override for bigger loads.
const HEAP = process.env.NEWSGRAPH_NEO4J_HEAP ?? '1g';
const PAGECACHE = process.env.NEWSGRAPH_NEO4J_PAGECACHE ?? '512m';

// Neo4j reaches into java.base internals (off-heap memory, NIO, netty); Java 17+ needs these opened.
const ADD_OPENS = [
  'java.base/java.lang',
  'java.base/java.lang.invoke',
  'java.base/java.lang.reflect',
  'java.base/java.io',
  'java.base/java.nio',
  'java.base/java.util',
  'java.base/java.util.concurrent',
  'java.base/sun.nio.ch',
  'java.base/jdk.internal.misc',
].map((pkg) => `--add-opens=${pkg}=ALL-UNNAMED`);

const JVM_OPTIONS = [
  `-Xms${HEAP}`,
  `-Xmx${HEAP}`,
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  ...ADD_OPENS,
];

/** A provisioning failure whose message names the missing prerequisite or the log to read. */
export class Neo4jProvisionError extends Error {
  /** @param {string} code @param {string} message */
  constructor(code, message) {
    super(message);
    this.name = 'Neo4jProvisionError';
    this.code = code;
  }
}

const relative = (p) => path.relative(process.cwd(), p) || '.';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const defaultLog = (message) => console.log(`neo4j: ${message}`);

/** The java binary (JAVA_HOME first, then PATH) and its major version; fails naming the prerequisite. */
function findJava() {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Neo4jProvisionError(
      'NEO4J_JAVA_MISSING',
      `Java is required to run the local Neo4j server, but \`${java} -version\` failed` +
        ` (${probe.error?.code ?? `exit ${probe.status}`}). Install Java 17 or 21` +
        ' (Debian/Ubuntu: sudo apt-get install openjdk-17-jre-headless) or set JAVA_HOME,' +
        ' or point NEO4J_URI at a server you already have.',
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(probe.stderr);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!(major >= 17)) {
    throw new Neo4jProvisionError(
      'NEO4J_JAVA_TOO_OLD',
      `Neo4j 5.26 needs Java 17 or 21, but \`${java} -version\` reports ${match ? match[0] : 'an unknown version'}.` +
        ' Install openjdk-17-jre-headless (Debian/Ubuntu) or set JAVA_HOME to a Java 17 or 21 installation.',
    );
  }
  return { java, major };
}

/** Fails with an install hint when Maven is missing (only needed to fetch the jars the first time). */
function requireMaven() {
  const probe = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Neo4jProvisionError(
      'NEO4J_MAVEN_MISSING',
      `Maven is required to fetch Neo4j's jars from Maven Central the first time, but \`mvn -v\` failed` +
        ` (${probe.error?.code ?? `exit ${probe.status}`}). Install it (Debian/Ubuntu: sudo apt-get install maven),` +
        ' or point NEO4J_URI at a server you already have.',
    );
  }
}

/** Fingerprint of neo4j/pom.xml, so a version bump in the pom re-fetches the jars. */
function pomFingerprint() {
  return createHash('sha256').update(fs.readFileSync(POM)).digest('hex');
}

const JARS_MARKER = '.fetched-from-pom.sha256';

/** True when .neo4j/lib holds a complete copy of the jars the current pom asks for. */
export function jarsPresent() {
  try {
    return fs.readFileSync(path.join(NEO4J_PATHS.lib, JARS_MARKER), 'utf8').trim() === pomFingerprint();
  } catch {
    return false;
  }
}

/** Copies the server's jars from Maven Central into .neo4j/lib (first start only, or after a pom change). */
export function fetchJars({ log = defaultLog } = {}) {
  if (jarsPresent()) return false;
  requireMaven();
  const staging = `${NEO4J_PATHS.lib}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  log(`fetching the Neo4j server jars from Maven Central into ${relative(NEO4J_PATHS.lib)} (first start only, ~140 MB)...`);
  const args = ['-B', '-q', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${staging}`];
  log(`running: mvn ${args.join(' ')}`);
  const started = Date.now();
  // Maven's quiet mode still prints colour codes, so its output is shown only when it fails.
  const result = spawnSync('mvn', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error || result.status !== 0) {
    throw new Neo4jProvisionError(
      'NEO4J_FETCH_FAILED',
      `\`mvn ${args.join(' ')}\` failed (${result.error?.message ?? `exit ${result.status}`}).` +
        ' Check that https://repo.maven.apache.org is reachable (proxy settings go in ~/.m2/settings.xml).' +
        ` Maven said:\n${result.stdout ?? ''}${result.stderr ?? ''}`,
    );
  }
  // Swap in the complete folder only now, so an interrupted fetch is retried instead of half-used.
  fs.writeFileSync(path.join(staging, JARS_MARKER), `${pomFingerprint()}\n`);
  fs.rmSync(NEO4J_PATHS.lib, { recursive: true, force: true });
  fs.renameSync(staging, NEO4J_PATHS.lib);
  log(`fetched ${fs.readdirSync(NEO4J_PATHS.lib).filter((f) => f.endsWith('.jar')).length} jars in ${seconds(started)}`);
  return true;
}

/** The generated neo4j.conf: local-only listeners, fixed ports, auth on, small memory. */
function configText() {
  return [
    '# Generated by scripts/neo4j.mjs on every start; edit that script (or NEWSGRAPH_NEO4J_HEAP /',
    '# NEWSGRAPH_NEO4J_PAGECACHE) instead of this file.',
    `server.directories.data=${NEO4J_PATHS.data}`,
    `server.directories.logs=${NEO4J_PATHS.logs}`,
    `server.directories.lib=${NEO4J_PATHS.lib}`,
    `server.directories.run=${NEO4J_PATHS.run}`,
    // Only this machine can connect: the default password is no secret.
    `server.default_listen_address=${LOCAL_NEO4J.host}`,
    `server.default_advertised_address=${LOCAL_NEO4J.host}`,
    `server.bolt.listen_address=${LOCAL_NEO4J.host}:${LOCAL_NEO4J.boltPort}`,
    `server.bolt.advertised_address=${LOCAL_NEO4J.host}:${LOCAL_NEO4J.boltPort}`,
    'server.http.enabled=true',
    `server.http.listen_address=${LOCAL_NEO4J.host}:${LOCAL_NEO4J.httpPort}`,
    `server.http.advertised_address=${LOCAL_NEO4J.host}:${LOCAL_NEO4J.httpPort}`,
    'server.https.enabled=false',
    `server.memory.heap.initial_size=${HEAP}`,
    `server.memory.heap.max_size=${HEAP}`,
    `server.memory.pagecache.size=${PAGECACHE}`,
    'dbms.security.auth_enabled=true',
    `initial.dbms.default_database=${LOCAL_NEO4J.database}`,
    // Repeated bench loads would otherwise keep two days of transaction logs.
    'db.tx_log.rotation.retention_policy=100M size',
    // Machines here reach only package registries: no phoning home from the server or Browser.
    'dbms.usage_report.enabled=false',
    'client.allow_telemetry=false',
    '',
  ].join('\n');
}

/** Writes neo4j.conf and, before the very first start, the initial password (there is no neo4j-admin script). */
function prepareHome({ java, log }) {
  for (const dir of [NEO4J_PATHS.conf, NEO4J_PATHS.data, NEO4J_PATHS.logs, NEO4J_PATHS.run]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  fs.writeFileSync(path.join(NEO4J_PATHS.conf, 'neo4j.conf'), configText());
  const systemDatabase = path.join(NEO4J_PATHS.data, 'databases', 'system');
  const authIni = path.join(NEO4J_PATHS.data, 'dbms', 'auth.ini');
  if (fs.existsSync(systemDatabase) || fs.existsSync(authIni)) return;
  log(`setting the initial password of user '${LOCAL_NEO4J.username}'`);
  // The same command `neo4j-admin dbms set-initial-password` runs, straight from the jars.
  const result = spawnSync(
    java,
    ['-cp', path.join(NEO4J_PATHS.lib, '*'), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', LOCAL_NEO4J.password],
    { encoding: 'utf8', env: { ...process.env, NEO4J_HOME: NEO4J_PATHS.home, NEO4J_CONF: NEO4J_PATHS.conf } },
  );
  if (result.error || result.status !== 0) {
    throw new Neo4jProvisionError(
      'NEO4J_PASSWORD_FAILED',
      `setting the initial Neo4j password failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}${result.stderr}`,
    );
  }
}

/** Reads the pid file; null when there is none. */
function readPid() {
  try {
    const pid = Number(fs.readFileSync(NEO4J_PATHS.pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** True when pid is a live (not zombie) process that is this project's Neo4j server. */
function isOurServer(pid) {
  if (pid === null) return false;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (/\) Z /.test(stat)) return false;
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    // Guards against a recycled pid belonging to some other program.
    return cmdline.includes('CommunityEntryPoint') && cmdline.includes(NEO4J_PATHS.home);
  } catch (error) {
    if (error.code !== 'ENOENT' || fs.existsSync('/proc/self')) return false;
    // No /proc (macOS): fall back to "some process has that pid".
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * A real Bolt handshake (magic preamble + version proposals); resolves the agreed "major.minor" or null.
 * A TCP connect alone would also succeed against a server that is still starting or is not Neo4j.
 */
export function boltHandshake({ host = LOCAL_NEO4J.host, port = LOCAL_NEO4J.boltPort, timeoutMs = 2000 } = {}) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    let reply = Buffer.alloc(0);
    const finish = (version) => {
      socket.destroy();
      resolve(version);
    };
    socket.setTimeout(timeoutMs, () => finish(null));
    socket.on('error', () => finish(null));
    socket.on('close', () => finish(null));
    socket.on('connect', () => {
      // 0x6060B017, then proposals: 5.8 down to 5.0, 4.4 down to 4.2, and two empty slots.
      socket.write(Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 8, 8, 5, 0, 2, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0]));
    });
    socket.on('data', (chunk) => {
      reply = Buffer.concat([reply, chunk]);
      if (reply.length < 4) return;
      const [, , minor, major] = reply;
      finish(major === 0 ? null : `${major}.${minor}`);
    });
  });
}

/** The HTTP discovery document at :7474 (neo4j_version, neo4j_edition, bolt URIs) or null. */
export async function httpDiscovery({ url = LOCAL_NEO4J.httpUrl, timeoutMs = 2000 } = {}) {
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return null;
    const body = await response.json();
    return typeof body?.neo4j_version === 'string' ? body : null;
  } catch {
    return null;
  }
}

/** Whether a server answers on the local ports, and whether it is the one this script started. */
export async function neo4jStatus() {
  const pid = readPid();
  const ours = isOurServer(pid);
  const [bolt, discovery] = await Promise.all([boltHandshake(), httpDiscovery()]);
  return {
    running: bolt !== null && discovery !== null,
    ours,
    pid: ours ? pid : null,
    boltProtocol: bolt,
    version: discovery?.neo4j_version ?? null,
    edition: discovery?.neo4j_edition ?? null,
    ...LOCAL_NEO4J,
  };
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function tail(file, lines = 25) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log yet)';
  }
}

/** Polls until Bolt completes a handshake and HTTP discovery answers; fails fast if the JVM dies. */
async function waitUntilReady(pid, { timeoutMs, log }) {
  const started = Date.now();
  let lastNotice = started;
  while (Date.now() - started < timeoutMs) {
    if (!isOurServer(pid)) {
      throw new Neo4jProvisionError(
        'NEO4J_EXITED',
        `the Neo4j process (pid ${pid}) exited while starting. Last lines of ${relative(NEO4J_PATHS.consoleLog)}:\n` +
          `${tail(NEO4J_PATHS.consoleLog)}\n\nSee also ${relative(NEO4J_PATHS.neo4jLog)} and ${relative(NEO4J_PATHS.debugLog)}.`,
      );
    }
    const bolt = await boltHandshake();
    const discovery = bolt === null ? null : await httpDiscovery();
    if (discovery !== null) return discovery;
    if (Date.now() - lastNotice > 15_000) {
      log(`still waiting for Bolt on ${LOCAL_NEO4J.uri} (${seconds(started)})...`);
      lastNotice = Date.now();
    }
    await sleep(250);
  }
  throw new Neo4jProvisionError(
    'NEO4J_START_TIMEOUT',
    `Neo4j did not answer on ${LOCAL_NEO4J.uri} within ${timeoutMs / 1000} s, so it was stopped.` +
      ` Read ${relative(NEO4J_PATHS.neo4jLog)} and ${relative(NEO4J_PATHS.debugLog)} (and ${relative(NEO4J_PATHS.consoleLog)} for JVM errors);` +
      ' set NEWSGRAPH_NEO4J_START_TIMEOUT_MS to wait longer on a slow machine.',
  );
}

/**
 * Starts the local server (fetching the jars first if needed) and waits until Bolt answers.
 * Resolves { started: true } when this call launched it, { started: false } when one was already running.
 */
export async function startNeo4j({
  log = defaultLog,
  timeoutMs = Number(process.env.NEWSGRAPH_NEO4J_START_TIMEOUT_MS ?? 180_000),
} = {}) {
  const pid = readPid();
  if (isOurServer(pid)) {
    const discovery = await waitUntilReady(pid, { timeoutMs, log });
    log(`already running (pid ${pid}, Neo4j ${discovery.neo4j_version}) at ${LOCAL_NEO4J.uri}`);
    return { started: false, pid, version: discovery.neo4j_version };
  }
  const [bolt, discovery] = await Promise.all([boltHandshake(), httpDiscovery()]);
  if (bolt !== null && discovery !== null) {
    // Another Neo4j (docker compose, a desktop install) already owns the ports: use it rather than fight it.
    log(
      `a Neo4j ${discovery.neo4j_version} not started by this script already answers at ${LOCAL_NEO4J.uri}; using it` +
        ` (it must accept ${LOCAL_NEO4J.username}/${LOCAL_NEO4J.password}, or set NEO4J_URI/NEO4J_PASSWORD)`,
    );
    return { started: false, pid: null, version: discovery.neo4j_version };
  }
  for (const port of [LOCAL_NEO4J.boltPort, LOCAL_NEO4J.httpPort]) {
    if (await portInUse(port)) {
      throw new Neo4jProvisionError(
        'NEO4J_PORT_BUSY',
        `port ${LOCAL_NEO4J.host}:${port} is taken by something that is not a Neo4j server; free it (try \`ss -ltnp | grep ${port}\`)` +
          ' or point NEO4J_URI at the server you want to use.',
      );
    }
  }

  const startedAt = Date.now();
  const { java, major } = findJava();
  if (major !== 17 && major !== 21) log(`warning: Neo4j 5.26 supports Java 17 and 21; trying Java ${major}`);
  fetchJars({ log });
  prepareHome({ java, log });

  const out = fs.openSync(NEO4J_PATHS.consoleLog, 'a');
  const args = [
    ...JVM_OPTIONS,
    '-cp',
    path.join(NEO4J_PATHS.lib, '*'),
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${NEO4J_PATHS.home}`,
    `--config-dir=${NEO4J_PATHS.conf}`,
  ];
  log(`starting Neo4j (Java ${major}, heap ${HEAP}, page cache ${PAGECACHE}); logs in ${relative(NEO4J_PATHS.logs)}/`);
  // Detached with its own session: the server outlives this script (npm run neo4j:start returns).
  const child = spawn(java, args, { cwd: NEO4J_PATHS.home, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  if (child.pid === undefined) {
    throw new Neo4jProvisionError('NEO4J_SPAWN_FAILED', `could not launch ${java}; see ${relative(NEO4J_PATHS.consoleLog)}`);
  }
  child.unref();
  fs.writeFileSync(NEO4J_PATHS.pidFile, `${child.pid}\n`);

  try {
    const ready = await waitUntilReady(child.pid, { timeoutMs, log });
    log(
      `Neo4j ${ready.neo4j_version} ${ready.neo4j_edition} is up in ${seconds(startedAt)} (pid ${child.pid}):` +
        ` ${LOCAL_NEO4J.uri}, Browser ${LOCAL_NEO4J.browserUrl}, user ${LOCAL_NEO4J.username} / ${LOCAL_NEO4J.password}`,
    );
    return { started: true, pid: child.pid, version: ready.neo4j_version };
  } catch (error) {
    if (error.code === 'NEO4J_START_TIMEOUT') await stopNeo4j({ log });
    throw error;
  }
}

/** True when something accepts TCP connections on the local port. */
function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: LOCAL_NEO4J.host, port });
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** Stops the server this script started: SIGTERM for a clean checkpoint, SIGKILL if it hangs. */
export async function stopNeo4j({ log = defaultLog, timeoutMs = 60_000 } = {}) {
  const pid = readPid();
  if (!isOurServer(pid)) {
    fs.rmSync(NEO4J_PATHS.pidFile, { force: true });
    log('not running (nothing started by this script)');
    return { stopped: false };
  }
  const started = Date.now();
  log(`stopping Neo4j (pid ${pid})...`);
  process.kill(pid, 'SIGTERM');
  while (isOurServer(pid) && Date.now() - started < timeoutMs) await sleep(200);
  if (isOurServer(pid)) {
    log(`no clean shutdown after ${timeoutMs / 1000} s; killing it (the next start recovers from the transaction log)`);
    process.kill(pid, 'SIGKILL');
    while (isOurServer(pid)) await sleep(100);
  }
  fs.rmSync(NEO4J_PATHS.pidFile, { force: true });
  log(`stopped in ${seconds(started)}`);
  return { stopped: true };
}

/** The database the bench imports into: the server never serves it (Community serves one), and it is removed after. */
export const SCRATCH_DATABASE = 'newsgraphscratch';

/**
 * Imports the CSVs `newsgraph export --format neo4j-admin --out DIR` wrote with `neo4j-admin database import full`,
 * run from the jars (org.neo4j.cli.AdminTool). Into the server's database: stops the server, replaces the database,
 * starts it again and applies cypher/schema.cypher (an import creates no constraint or index). With `scratch`, into
 * SCRATCH_DATABASE instead, with the server left running, and removed afterwards: what the bench measures.
 * Resolves the tool's report: nodes, relationships and the import's own seconds (JVM start aside).
 */
export async function importNeo4j({ dir, scratch = false, log = defaultLog }) {
  const manifestPath = path.join(dir, 'neo4j-admin-import.json');
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    throw new Neo4jProvisionError(
      'NEO4J_IMPORT_INPUT',
      `cannot read ${relative(manifestPath)} (${error.message}); write the folder with \`newsgraph export <graph.json> --format neo4j-admin --out ${relative(dir)}\``,
    );
  }
  const { java } = findJava();
  if (!jarsPresent()) fetchJars({ log });
  prepareHome({ java, log });
  const database = scratch ? SCRATCH_DATABASE : LOCAL_NEO4J.database;
  const wasOurs = isOurServer(readPid());
  if (!scratch) {
    const status = await neo4jStatus();
    if (status.running && !status.ours) {
      throw new Neo4jProvisionError('NEO4J_IMPORT_FOREIGN', `a Neo4j not started by this script answers at ${LOCAL_NEO4J.uri}; stop it first, or import with its own neo4j-admin`);
    }
    if (wasOurs) await stopNeo4j({ log });
  }
  const args = [
    `-Xmx${HEAP}`,
    ...ADD_OPENS,
    '-cp',
    path.join(NEO4J_PATHS.lib, '*'),
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    database,
    '--overwrite-destination=true',
    `--array-delimiter=${manifest.arrayDelimiter}`,
    `--multiline-fields=${manifest.multilineFields === true}`,
    ...manifest.nodes.map((file) => `--nodes=${path.resolve(dir, file)}`),
    ...manifest.relationships.map((file) => `--relationships=${path.resolve(dir, file)}`),
  ];
  log(`importing ${relative(dir)} into database ${database} with neo4j-admin database import full...`);
  const started = Date.now();
  const result = spawnSync(java, args, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NEO4J_HOME: NEO4J_PATHS.home, NEO4J_CONF: NEO4J_PATHS.conf },
  });
  const wallSeconds = (Date.now() - started) / 1000;
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  try {
    if (result.error || result.status !== 0) {
      throw new Neo4jProvisionError('NEO4J_IMPORT_FAILED', `neo4j-admin database import failed (${result.error?.message ?? `exit ${result.status}`}):\n${output.trim().split('\n').slice(-25).join('\n')}`);
    }
  } finally {
    if (scratch) {
      for (const folder of ['databases', 'transactions']) fs.rmSync(path.join(NEO4J_PATHS.data, folder, database), { recursive: true, force: true });
    } else if (wasOurs || result.status === 0) {
      await startNeo4j({ log });
    }
  }
  const report = parseImportReport(output);
  log(`imported ${report.nodes} nodes and ${report.relationships} relationships in ${report.importSeconds} s (${wallSeconds.toFixed(1)} s with the JVM's start)`);
  if (!scratch) await applySchema({ log });
  return { ...report, wallSeconds, database };
}

/** Reads `IMPORT DONE in 4s 34ms.` and `N nodes` / `N relationships` from the tool's report. */
export function parseImportReport(output) {
  const done = /IMPORT DONE in ([\dhms ]+)/.exec(output)?.[1] ?? '';
  let importSeconds = 0;
  for (const [, amount, unit] of done.matchAll(/(\d+)(ms|h|m|s)/g)) importSeconds += Number(amount) * { h: 3600, m: 60, s: 1, ms: 0.001 }[unit];
  const count = (what) => Number((new RegExp(`(\\d+) ${what}\\b`).exec(output)?.[1] ?? 'NaN'));
  return { nodes: count('nodes'), relationships: count('relationships'), importSeconds };
}

// An import creates no constraint or index: the statements of cypher/schema.cypher, each in its own transaction,
// then fillImportedEvidence of cypher/maintenance.cypher (what a CSV field cannot hold).
async function applySchema({ log }) {
  const { default: neo4j } = await import('neo4j-driver');
  const schema = cypherStatements('schema.cypher');
  const fill = cypherStatements('maintenance.cypher').find((statement) => statement.name === 'fillImportedEvidence');
  if (!fill) throw new Neo4jProvisionError('NEO4J_IMPORT_CYPHER', 'cypher/maintenance.cypher has no fillImportedEvidence statement; restore it from git');
  const driver = neo4j.driver(LOCAL_NEO4J.uri, neo4j.auth.basic(LOCAL_NEO4J.username, LOCAL_NEO4J.password));
  try {
    for (const statement of schema) await driver.executeQuery(statement.text, {}, { database: LOCAL_NEO4J.database });
    await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database: LOCAL_NEO4J.database });
    // CALL { ... } IN TRANSACTIONS needs an auto-commit transaction.
    const session = driver.session({ database: LOCAL_NEO4J.database });
    try {
      await session.run(fill.text);
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
  log(`applied cypher/schema.cypher (${schema.length} constraints and indexes) and fillImportedEvidence`);
}

// The named statements of a cypher/*.cypher file, by its convention (`// name:` opens one, `;` at a line's end closes it).
function cypherStatements(file) {
  const statements = [];
  let current = null;
  for (const line of fs.readFileSync(path.join(ROOT, 'cypher', file), 'utf8').split('\n')) {
    const name = /^\/\/\s*name:\s*(\S+)/.exec(line.trim());
    if (name) current = { name: name[1], lines: [] };
    else if (current && !line.trim().startsWith('//')) {
      current.lines.push(line);
      if (line.trim().endsWith(';')) {
        statements.push({ name: current.name, text: current.lines.join('\n').trim().replace(/;$/, '') });
        current = null;
      }
    }
  }
  return statements;
}

async function main(command) {
  switch (command) {
    case 'start':
      await startNeo4j();
      return 0;
    case 'stop':
      await stopNeo4j();
      return 0;
    case 'status': {
      const status = await neo4jStatus();
      if (!status.running) {
        console.log(`Neo4j is not running (${relative(NEO4J_PATHS.home)}/; start it with: npm run neo4j:start)`);
        return 0;
      }
      const owner = status.ours ? `pid ${status.pid}, started by npm run neo4j:start` : 'not started by this script';
      console.log(`Neo4j ${status.version} ${status.edition} is running (${owner})`);
      console.log(`  Bolt:     ${status.uri} (protocol ${status.boltProtocol})`);
      console.log(`  Browser:  ${status.browserUrl}`);
      console.log(`  User:     ${status.username} / ${status.password}, database ${status.database}`);
      if (status.ours) console.log(`  Data:     ${relative(NEO4J_PATHS.data)}   Logs: ${relative(NEO4J_PATHS.logs)}`);
      return 0;
    }
    case 'import': {
      const [dir, ...flags] = process.argv.slice(3);
      if (!dir) {
        console.error('usage: node scripts/neo4j.mjs import DIR [--scratch]  (DIR: what newsgraph export --format neo4j-admin --out DIR wrote)');
        return 2;
      }
      const report = await importNeo4j({ dir: path.resolve(dir), scratch: flags.includes('--scratch') });
      // The last line is for programs (the load bench).
      console.log(JSON.stringify({ import: report }));
      return 0;
    }
    default:
      console.error('usage: node scripts/neo4j.mjs start|stop|status|import DIR');
      return 2;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv[2]).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`neo4j: ${error.message}`);
      process.exit(1);
    },
  );
}
