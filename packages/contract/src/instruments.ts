import { z } from "zod";

export const Instrument = z.object({
  key: z.string(),
  name: z.string(),
  shortNames: z.array(z.string()),
  symbol: z.string().nullable(),
  adoptedBy: z.string().nullable(),
  inForce: z.string().nullable(),
});
export const InstrumentList = z.object({ items: z.array(Instrument) });
export const CreateInstrumentRequest = z.strictObject({
  key: z
    .string()
    .trim()
    .min(2)
    .max(60)
    .regex(/^[A-Z0-9][A-Z0-9/().\- ]*$/, "upper-case letters, digits, / ( ) . - and spaces"),
  name: z.string().trim().min(1).max(500),
  shortNames: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  symbol: z.string().trim().max(100).nullish(),
  adoptedBy: z.string().trim().max(500).nullish(),
  inForce: z.string().trim().max(100).nullish(),
});
