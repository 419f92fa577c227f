// `npm run -s admin -- <command>`: account tasks for scripts and first set-up, with or without the app running.
// Results go to standard output (a token or a new workspace's ID, and nothing else); logs go to standard error.
import { parseArgs } from "node:util";
import { Email, Password, Role, WorkspaceName } from "@verbatim/contract";
import { z } from "zod";
import { loadConfig } from "../config.ts";
import { createPrismaClient, migrate, openDatabase, repoRoot } from "../db/database.ts";
import { createApiToken } from "../features/account/api-tokens.ts";
import { createUserInDefaultWorkspace } from "../features/account/create-user.ts";
import { createWorkspaceForUser } from "../features/account/create-workspace-for-user.ts";
import { AppError } from "../http/app-error.ts";

const USAGE = `usage:
  npm run -s admin -- create-user --email E --name N --role admin|reviewer|analyst|viewer --password-stdin
  npm run -s admin -- create-token --email E [--name TOKEN_NAME]
  npm run -s admin -- create-workspace --name N --admin E`;

const COMMANDS = ["create-user", "create-token", "create-workspace"];

const log = (m: string) => process.stderr.write(`${m}\n`);

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

function parse<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`${what}: ${r.error.issues.map((i) => i.message).join("; ")}`);
  return r.data;
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      admin: { type: "string" },
      "password-stdin": { type: "boolean" },
    },
  });
  if (!command || !COMMANDS.includes(command)) throw new Error(USAGE);
  // create-workspace names its admin with --admin; the other commands name their user with --email.
  const email = command === "create-workspace" ? parse(Email, values.admin, "--admin") : parse(Email, values.email, "--email");

  const config = loadConfig(process.env, repoRoot);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log });
  const db = createPrismaClient(database.url, 2);
  try {
    await migrate(database.url, log);
    if (command === "create-user") {
      if (!values["password-stdin"]) throw new Error(`create-user reads the password from standard input: pass --password-stdin\n${USAGE}`);
      const name = parse(z.string().trim().min(1).max(120), values.name, "--name");
      const role = parse(Role, values.role, "--role");
      const password = parse(Password, await readStdin(), "password");
      const { workspace } = await createUserInDefaultWorkspace(db, { email, name, role, password });
      log(`created ${role} ${email} in workspace "${workspace.name}"`);
    } else if (command === "create-workspace") {
      const name = parse(WorkspaceName, values.name, "--name");
      const user = await db.user.findUnique({ where: { email } });
      if (!user) throw new Error(`no user ${email}: create them first with create-user`);
      const workspace = await createWorkspaceForUser(db, { userId: user.id, name }).catch((e: unknown) => {
        // The API's words address the signed-in user; here the user is named.
        if (e instanceof AppError && e.code === "conflict") throw new Error(`${email} already has a workspace named "${name}"`);
        throw e;
      });
      log(`created workspace "${workspace.name}" with ${email} as its admin`);
      process.stdout.write(`${workspace.id}\n`);
    } else {
      const user = await db.user.findUnique({ where: { email }, include: { memberships: { orderBy: { createdAt: "asc" } } } });
      const membership = user?.memberships[0];
      if (!user || !membership) throw new Error(`no user ${email} in any workspace`);
      const name = values.name ?? `admin command ${new Date().toISOString().slice(0, 10)}`;
      const { token } = await createApiToken(db, { userId: user.id, workspaceId: membership.workspaceId, name });
      process.stdout.write(`${token}\n`);
    }
  } finally {
    await db.$disconnect();
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    log(`admin: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
