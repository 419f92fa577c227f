import { expect, test as setup } from "@playwright/test";
import { ADMIN, STORAGE_STATE } from "./support/accounts.ts";

// Signs the admin in once; every spec of the "app" project starts from this session (and its CSRF cookie).
setup("sign in as the admin", async ({ request }) => {
  const res = await request.post("/api/auth/login", { data: { email: ADMIN.email, password: ADMIN.password } });
  expect(res.status(), await res.text()).toBe(204);
  await request.storageState({ path: STORAGE_STATE });
});
