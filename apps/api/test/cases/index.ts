import type { RouteCases } from "../support/route-cases.ts";
import { accountCases } from "./account.ts";
import { activityCases } from "./activity.ts";
import { assignmentCases } from "./assignments.ts";
import { citationCases } from "./citations.ts";
import { codebookCases } from "./codebook.ts";
import { codebookExchangeCases } from "./codebook-exchange.ts";
import { compareCases } from "./compare.ts";
import { discussionCases } from "./discussion.ts";
import { importCases } from "./imports.ts";
import { jobCases } from "./jobs.ts";
import { placingCases } from "./placing.ts";
import { registryCases } from "./registry.ts";
import { reviewCases } from "./review.ts";
import { revisionCases } from "./revisions.ts";
import { savedViewCases } from "./saved-views.ts";
import { searchCases } from "./search.ts";
import { analysisCases } from "./analysis.ts";
import { statementLifecycleCases } from "./statement-lifecycle.ts";
import { suggestionCases } from "./suggestions.ts";
import { teamCases } from "./team.ts";

/** The route-wide tests' entries for the endpoints each feature adds, merged. */
const features = [
  accountCases,
  teamCases,
  discussionCases,
  reviewCases,
  compareCases,
  activityCases,
  jobCases,
  assignmentCases,
  statementLifecycleCases,
  placingCases,
  revisionCases,
  importCases,
  codebookCases,
  codebookExchangeCases,
  registryCases,
  citationCases,
  searchCases,
  analysisCases,
  suggestionCases,
  savedViewCases,
];
export const featureCases: RouteCases = {
  authorization: Object.assign({}, ...features.map((f) => f.authorization)),
  isolation: Object.assign({}, ...features.map((f) => f.isolation)),
  bodies: Object.assign({}, ...features.map((f) => f.bodies)),
  queries: Object.assign({}, ...features.map((f) => f.queries)),
};
