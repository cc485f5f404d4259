/**
 * A throwaway PostgreSQL server for the tests: its own data directory in the temp dir, its own port,
 * tuned for speed over durability. Never skips: when it cannot start, it throws with enough detail
 * (the command, its output, the server log) to fix the machine.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { chown, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import pg from "pg";

export interface PostgresServer {
  url: string;
  stop: () => Promise<void>;
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = findBinaries();
  const owner = serverOwner();
  const base = await mkdtemp(join(tmpdir(), "pg-test-"));
  const data = join(base, "data");
  const socket = join(base, "socket");
  const log = join(base, "server.log");
  const runner = new Runner(owner, base);
  const stopArgs = ["-D", data, "-m", "immediate", "-w", "stop"];
  let port = 0;
  try {
    await mkdir(data, { mode: 0o700 });
    await mkdir(socket, { mode: 0o700 });
    if (owner) for (const dir of [base, data, socket]) await chown(dir, owner.uid, owner.gid);
    await runner.run(bin.initdb, ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
    port = await startOnFreePort(runner, bin.pgCtl, data, socket, log);
    await checkConnection(url(port));
  } catch (error) {
    const tail = await logTail(log);
    await runner.run(bin.pgCtl, stopArgs).catch(() => {}); // initdb may have failed: nothing to stop
    await rm(base, { recursive: true, force: true });
    const hint = owner ? `\n(As root, the server runs as the postgres user, which must be able to reach ${base}.)` : "";
    throw new Error(
      `Could not start the test PostgreSQL server: ${(error as Error).message}${hint}\n--- server log (tail) ---\n${tail}`,
      { cause: error },
    );
  }

  // Backstop for a run that dies without its teardown: a stray postmaster would hold the port and temp dir.
  const onExit = () => {
    spawnSync(...runner.command(bin.pgCtl, stopArgs), { stdio: "ignore", cwd: base });
    rmSync(base, { recursive: true, force: true });
  };
  process.once("exit", onExit);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      process.off("exit", onExit);
      try {
        await runner.run(bin.pgCtl, stopArgs);
      } finally {
        await rm(base, { recursive: true, force: true });
      }
    })());
  return { url: url(port), stop };
}

/** Creates an empty database with a unique name on the server and returns its URL. */
export async function createDatabase(serverUrl: string, template?: string): Promise<string> {
  const name = `t_${randomBytes(8).toString("hex")}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`create database "${name}"${template ? ` template "${template}"` : ""}`);
  } finally {
    await client.end();
  }
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  return target.href;
}

const url = (port: number) => `postgres://postgres@127.0.0.1:${port}/postgres`;

/** Debian installs the server binaries only under /usr/lib/postgresql/<version>/bin, not on PATH. */
function findBinaries(): { initdb: string; pgCtl: string } {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => parseFloat(b) - parseFloat(a)) : [];
  const dirs = [...versions.map((v) => join(root, v, "bin")), ...(process.env.PATH ?? "").split(delimiter).filter(Boolean)];
  const dir = dirs.find((d) => existsSync(join(d, "initdb")) && existsSync(join(d, "pg_ctl")));
  if (!dir) {
    throw new Error(
      "PostgreSQL server binaries (initdb, pg_ctl) not found in /usr/lib/postgresql/*/bin or on PATH. " +
        "Run `bash .ci/install-test-deps.sh` (installs Debian's postgresql package).",
    );
  }
  return { initdb: join(dir, "initdb"), pgCtl: join(dir, "pg_ctl") };
}

/** initdb and pg_ctl refuse to run as root, so as root the server runs as the `postgres` user. */
function serverOwner(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  const uid = id("-u");
  const gid = id("-g");
  if (uid.status !== 0 || gid.status !== 0) {
    throw new Error(
      "Running as root, but there is no `postgres` user to run the test server as " +
        `(id: ${uid.stderr.trim()}). Install Debian's postgresql package, which creates it.`,
    );
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** The port comes from the OS and is free only until someone else takes it, so retry on a clash. */
async function startOnFreePort(runner: Runner, pgCtl: string, data: string, socket: string, log: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const options = [
      `-p ${port}`,
      `-k '${socket}'`,
      "-c listen_addresses=127.0.0.1",
      "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
      "-c max_connections=200",
    ].join(" ");
    try {
      await runner.run(pgCtl, ["-D", data, "-w", "-t", "60", "-l", log, "start", "-o", options]);
      return port;
    } catch (error) {
      if (attempt >= 3 || !/could not bind|address already in use/i.test(await logTail(log))) throw error;
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function checkConnection(serverUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    throw new Error(`server started, but \`select 1\` on ${serverUrl} failed: ${(error as Error).message}`, { cause: error });
  } finally {
    await client.end().catch(() => {});
  }
}

async function logTail(log: string, lines = 30): Promise<string> {
  const text = await readFile(log, "utf8").catch(() => "(no server log)");
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}

/** Runs the server tools, as the `postgres` user when we are root. */
class Runner {
  private readonly useRunuser: boolean;

  constructor(
    private readonly owner: { uid: number; gid: number } | undefined,
    private readonly cwd: string, // the postgres user may not be allowed into the caller's working directory
  ) {
    this.useRunuser = !!owner && spawnSync("runuser", ["--help"], { stdio: "ignore" }).error === undefined;
  }

  command(file: string, args: string[]): [string, string[]] {
    if (!this.owner) return [file, args];
    if (this.useRunuser) return ["runuser", ["-u", "postgres", "--", file, ...args]];
    const quoted = [file, ...args].map((a) => `'${a.replaceAll("'", `'\\''`)}'`).join(" ");
    return ["su", ["postgres", "-s", "/bin/sh", "-c", quoted]];
  }

  run(file: string, args: string[]): Promise<string> {
    const [cmd, argv] = this.command(file, args);
    const shown = [cmd, ...argv].join(" ");
    return new Promise((resolve, reject) => {
      // stdin ignored: the postmaster pg_ctl leaves behind must not hold a pipe of ours open.
      const child = spawn(cmd, argv, { cwd: this.cwd, stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
      child.once("error", (error) => reject(new Error(`\`${shown}\` could not run: ${error.message}`)));
      child.once("close", (code, signal) => {
        if (code === 0) resolve(output);
        else reject(new Error(`\`${shown}\` exited with ${code ?? signal}:\n${output.trimEnd()}`));
      });
    });
  }
}
