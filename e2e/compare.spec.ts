import { type APIRequestContext, expect, test } from "@playwright/test";
import { createMember } from "./support/members.ts";
import { csrfOf, importForTest } from "./support/statements.ts";

// Two analysts tag the same statement; the admin compares them, reads κ and α, and adopts one version.
const stamp = Date.now();
const ANN = {
  name: `Ann Compare ${stamp}`,
  email: `ann.compare.${stamp}@example.org`,
  password: "ann's long password",
  role: "analyst",
} as const;
const BOB = {
  name: `Bob Compare ${stamp}`,
  email: `bob.compare.${stamp}@example.org`,
  password: "bob's long password",
  role: "analyst",
} as const;

async function annotateAs(request: APIRequestContext, slug: string, body: Record<string, unknown>) {
  const res = await request.post(`/api/statements/${slug}/annotations`, { headers: { "x-csrf-token": await csrfOf(request) }, data: body });
  expect(res.status(), await res.text()).toBe(201);
}

const position = (paragraphId: string, start: number, end: number, stance: string) => ({
  kind: "position",
  target: { paragraphId, start, end },
  attributes: { stance },
});

test("the admin compares two analysts, reads Cohen's κ and Krippendorff's α, and adopts one version", async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  const slug = await importForTest(request, `Compared statement ${stamp}`, "Arcadia");
  for (const who of [ANN, BOB]) {
    createMember(who);
    const session = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const login = await session.post("/api/auth/login", { data: { email: who.email, password: who.password } });
    expect(login.status()).toBe(204);
    // p2 the same position (match); p3 a commitment against a position (disagreement); p4 only Bob; p5 two stances on the same words.
    if (who === ANN) {
      await annotateAs(session, slug, position("p2", 3, 10, "welcomes"));
      await annotateAs(session, slug, {
        kind: "commitment",
        target: { paragraphId: "p3", start: 15, end: 30 },
        attributes: { strength: "pledge" },
      });
      await annotateAs(session, slug, position("p5", 10, 19, "concerned"));
    } else {
      await annotateAs(session, slug, position("p2", 3, 10, "welcomes"));
      await annotateAs(session, slug, position("p3", 15, 30, "supports"));
      await annotateAs(session, slug, position("p4", 3, 11, "reaffirms"));
      await annotateAs(session, slug, position("p5", 10, 19, "condemns"));
    }
    await session.dispose();
  }

  await page.goto(`/s/${slug}`);
  await page.getByRole("link", { name: "Compare annotators" }).click();
  await expect(page).toHaveURL(new RegExp(`/s/${slug}/compare$`));
  await expect(page.getByText("Choose at least two annotators")).toBeVisible();
  await page.getByRole("checkbox", { name: `${ANN.name} (3 tags)` }).check();
  await page.getByRole("checkbox", { name: `${BOB.name} (4 tags)` }).check();
  await expect(page).toHaveURL(/authors=/);

  // 18 units (6 paragraphs × 3 kinds) as (Ann, Bob): (1,1) p2 and p5 positions; (1,0) p3 commitment; (0,1) p3 and p4 positions.
  // κ: p_o = 15/18, p_e = 3/18·4/18 + 15/18·14/18 = 222/324, κ = 48/102 = 0.47. α = 1 − 35·6/(1296 − 49 − 841) = 196/406 = 0.48.
  const agreement = page.getByRole("region", { name: "Agreement" });
  await expect(agreement).toContainText("Cohen's κ 0.47 (moderate)");
  await expect(agreement).toContainText("Krippendorff's α 0.48 (too low to rely on)");
  await expect(agreement).toContainText("18 paragraph × kind units");
  // AC1: p_a = 15/18; π_1 = (2 + 3·1/2)/18 = 7/36, p_e = 2·(7/36)(29/36) = 406/1296; AC1 = (1080 − 406)/(1296 − 406) = 0.76.
  await expect(agreement).toContainText("Gwet's AC1 0.76");
  // Stances where both tagged a position: welcomes on p2 from both, concerned against condemns on p5.
  const stance = agreement.getByRole("table", { name: "Per attribute, on the words tagged" }).getByRole("row", { name: /Position stance/ });
  await expect(stance).toContainText("4 stretches, 2 tagged by all, 1 unanimous");

  const table = page.getByRole("table", { name: "Annotations side by side, per paragraph" });
  const row = (paragraph: string) => table.getByRole("row").filter({ has: page.getByRole("link", { name: paragraph, exact: true }) });
  await expect(row("¶2")).toContainText("Match");
  await expect(row("¶3")).toContainText("Disagreement");
  await expect(row("¶4")).toContainText("Only one annotator");
  await expect(row("¶5")).toContainText("Different stance");
  await expect(row("¶2").getByRole("link", { name: "¶2" })).toHaveAttribute("href", `/s/${slug}#p2`);

  const partial = row("¶5");
  const annCell = partial.getByRole("list", { name: `${ANN.name}'s tags` });
  await expect(annCell).toContainText("Concerned");
  await annCell.getByRole("button", { name: "Adopt this version" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Adopted" })).toHaveText(
    `Adopted ${ANN.name}'s version; the other version was rejected.`,
  );
  await expect(annCell).toContainText("Accepted");
  await expect(annCell.getByRole("button", { name: "Adopt this version" })).toHaveCount(0);
  await expect(partial.getByRole("list", { name: `${BOB.name}'s tags` })).toContainText("Rejected");
});
