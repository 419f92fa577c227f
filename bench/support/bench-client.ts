/** A signed-in browser's HTTP calls, as the web app makes them: session cookie, CSRF header, JSON. */
export interface BenchClient {
  call(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<BenchClient> {
  const jar = new Map<string, string>();
  async function call(method: string, path: string, body?: unknown) {
    const res = await fetch(baseUrl + path, {
      method,
      headers: {
        "content-type": "application/json",
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
        "x-csrf-token": jar.get("verbatim_csrf") ?? "",
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const c of res.headers.getSetCookie()) {
      const [name, ...rest] = (c.split(";")[0] ?? "").split("=");
      if (name) jar.set(name, rest.join("="));
    }
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
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
