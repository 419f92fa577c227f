import type { SuggestionRuleFigures } from "@verbatim/contract";
import { type AnnotationKind, SUGGESTION_RULES, type SuggestionRule } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import { readRuleFigures } from "./suggestion-figures-sql.ts";

/** The kind a rule suggests, from its name (SUGGESTION_RULES: commitment-…, position-…, the rest cross-references). */
export function kindOfRule(rule: SuggestionRule): AnnotationKind {
  if (rule.startsWith("commitment-")) return "commitment";
  if (rule.startsWith("position-")) return "position";
  return "cross-reference";
}

/** Every rule's figures in the workspace, in the detector's order, those without any included (as zeros). */
export async function suggestionRuleFigures(db: Db, workspaceId: string): Promise<SuggestionRuleFigures> {
  const rows = new Map((await readRuleFigures(db, workspaceId)).map((r) => [r.rule, r]));
  return {
    items: SUGGESTION_RULES.map((rule) => {
      const r = rows.get(rule);
      return { rule, kind: kindOfRule(rule), accepted: r?.accepted ?? 0, dismissed: r?.dismissed ?? 0, rejected: r?.rejected ?? 0 };
    }),
  };
}
