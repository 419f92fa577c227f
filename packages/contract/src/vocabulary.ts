import { z } from "zod";

export const LabelList = z.object({ items: z.array(z.object({ name: z.string(), uses: z.number().int() })) });

export const SearchParagraphsQuery = z.strictObject({
  q: z.string().trim().min(2).max(200),
  /** Leave out this statement (the one being read). */
  exclude: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export const ParagraphHit = z.object({
  ref: z.string(),
  slug: z.string(),
  paragraphId: z.string(),
  number: z.number().int().nullable(),
  statementTitle: z.string(),
  delegation: z.string().nullable(),
  date: z.string().nullable(),
  text: z.string(),
});
export const ParagraphHits = z.object({ items: z.array(ParagraphHit) });
