import http from "node:http";

/** A signed-in browser's HTTP calls, as the web app makes them: session cookie, CSRF header, JSON. */
export interface BenchClient {
  call(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
}

/**
 * One keep-alive connection pool for every simulated browser, through node:http rather than fetch: the client shares
 * two CPUs with the API and PostgreSQL, and fetch's web streams cost it several times the CPU (fetch-to-nowhere.ts).
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

function request(url: string, method: string, headers: Record<string, string>, payload?: string) {
  return new Promise<{ status: number; text: string; cookies: string[] }>((resolve, reject) => {
    const req = http.request(url, { method, headers, agent }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("error", reject);
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text, cookies: res.headers["set-cookie"] ?? [] }));
    });
    req.on("error", reject);
    req.end(payload);
  });
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<BenchClient> {
  const jar = new Map<string, string>();
  async function call(method: string, path: string, body?: unknown) {
    const headers: Record<string, string> = {
      cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
      "x-csrf-token": jar.get("verbatim_csrf") ?? "",
    };
    if (body !== undefined) headers["content-type"] = "application/json";
    const res = await request(baseUrl + path, method, headers, body === undefined ? undefined : JSON.stringify(body));
    for (const c of res.cookies) {
      const [name, ...rest] = (c.split(";")[0] ?? "").split("=");
      if (name) jar.set(name, rest.join("="));
    }
    return { status: res.status, body: res.text ? (JSON.parse(res.text) as unknown) : undefined };
  }
  const res = await call("POST", "/api/auth/login", { email, password });
  if (res.status !== 204) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { call };
}

/** Sets up a fresh app over HTTP: its admin signed in, and one statement of about `words` words imported. */
export async function seedOverHttp(baseUrl: string, content: string) {
  const email = "bench@example.org";
  const password = "bench-password-long";
  const setup = await fetch(`${baseUrl}/api/setup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ workspaceName: "Bench", name: "Bench Analyst", email, password }),
  });
  if (setup.status !== 201) throw new Error(`setup failed: ${setup.status} ${await setup.text()}`);
  const client = await signIn(baseUrl, email, password);
  const created = await client.call("POST", "/api/statements", { title: "Bench statement", format: "text", content });
  if (created.status !== 201) throw new Error(`import failed: ${created.status}`);
  const statement = (created.body as { statement: { id: string; slug: string; paragraphs: { id: string; kind: string; text: string }[] } })
    .statement;
  return { client, email, password, statement };
}
