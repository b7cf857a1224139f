/**
 * `npm run user:add -- --username heru --role admin [--display-name "Heru Siswanto"]`
 *
 * Creates a staff account. The password is read from stdin when it is piped (first line), else asked for
 * twice without echo. Works on the embedded database (refusing while the server holds the data folder)
 * and on PostgreSQL (DATABASE_URL), migrating first.
 */
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../../contract/access-policy';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, Role as RoleSchema, Username } from '../../contract/auth';
import { hashPassword } from '../auth/password';
import { createUser, UsernameTakenError } from '../auth/users';
import { ConfigError, loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { DataDirBusyError, lockDataDir } from '../db/data-dir-lock';
import { migrate } from '../db/migrate';

const USAGE = `Pemakaian (usage): npm run user:add -- --username <nama> [--role admin|viewer] [--display-name "Nama Lengkap"]
  --role          admin: mengimpor dan mengelola data; viewer: hanya membaca (default: viewer)
  --display-name  nama yang ditampilkan (default: nama pengguna)
Kata sandi dibaca dari stdin bila disalurkan (baris pertama), atau ditanyakan tanpa ditampilkan.
(The password is read from piped stdin, or prompted for without echo.)`;

class UsageError extends Error {}
/** Bad input that needs no usage text. */
class InputError extends Error {}
class CancelledError extends Error {}

interface Options {
  username: string;
  role: Role;
  displayName: string;
}

function parseOptions(argv: string[]): Options | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        username: { type: 'string' },
        role: { type: 'string', default: 'viewer' },
        'display-name': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  if (!values.username) throw new UsageError('--username wajib diisi (required).');
  const username = Username.safeParse(values.username);
  if (!username.success) throw new UsageError(`--username: ${username.error.issues[0]?.message} (3-40 characters: letters, digits, . _ -)`);
  const role = RoleSchema.safeParse(values.role);
  if (!role.success) throw new UsageError(`--role harus salah satu dari (must be one of): ${ROLES.join(', ')}.`);
  const displayName = (values['display-name'] ?? username.data).trim();
  if (displayName.length < 1 || displayName.length > 100) throw new UsageError('--display-name: 1-100 karakter (characters).');
  return { username: username.data, role: role.data, displayName };
}

async function readPipedPassword(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/** Reads a line from the terminal in raw mode, echoing nothing. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (then: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      then();
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish(() => resolve(value));
        if (ch === '\u0003') return finish(() => reject(new CancelledError()));
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else if (ch >= ' ') value += ch;
      }
    };
    stdin.setEncoding('utf8');
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPipedPassword();
  const first = await promptHidden('Kata sandi (password): ');
  checkPassword(first);
  const again = await promptHidden('Ulangi kata sandi (repeat): ');
  if (again !== first) throw new InputError('Kedua kata sandi tidak sama. (The passwords differ.)');
  return first;
}

function checkPassword(password: string): void {
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    throw new InputError(`Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter. (At least ${PASSWORD_MIN_LENGTH} characters.)`);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw new InputError(`Kata sandi maksimal ${PASSWORD_MAX_LENGTH} karakter. (At most ${PASSWORD_MAX_LENGTH}.)`);
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  const password = await readPassword();
  checkPassword(password);
  const passwordHash = await hashPassword(password);

  const unlock = config.database.kind === 'pglite' ? await lockDataDir(config.dataDir) : async () => {};
  try {
    const db = await openDatabase(config.database.kind === 'pglite' ? { kind: 'pglite', dir: config.database.dir } : { ...config.database, max: 1 });
    try {
      await migrate(db);
      await createUser(db, { ...options, passwordHash });
    } finally {
      await db.close();
    }
  } finally {
    await unlock();
  }
  console.log(`Akun ${options.role} "${options.username}" (${options.displayName}) dibuat. (Account created.)`);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof InputError) {
    console.error(error.message);
    process.exitCode = 2;
  } else if (error instanceof CancelledError) {
    console.error('Dibatalkan. (Cancelled.)');
    process.exitCode = 130;
  } else if (error instanceof ConfigError || error instanceof DataDirBusyError || error instanceof UsernameTakenError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    console.error('Gagal membuat akun (failed):', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
});
