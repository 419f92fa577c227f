import { randomUUID } from "node:crypto";
import type { ApiClient } from "../support/api-client.ts";
import type { Caller, IsolationContext, MatrixContext, RouteCases } from "../support/route-cases.ts";

const RANKED = ["analyst", "reviewer", "admin"];

/** An assignment to tag the matrix's statement, made by `by` for `to`; answers its ID. */
async function assign(by: ApiClient, slug: string, to: string): Promise<string> {
  const res = await by.post("/api/assignments", { statements: [slug], assignees: [to], task: "tag" });
  if (res.status !== 201) throw new Error(`could not assign: ${res.text}`);
  return res.body.items[0].id;
}

/** The caller's own assignment when their role can take one (so they may mark it done), else the author's. */
const assignedTo = (c: Caller, ctx: MatrixContext) =>
  assign(ctx.members.admin.client, ctx.slug, c.self && RANKED.includes(c.self.role) ? c.self.userId : ctx.author.userId);

/** One the caller assigned when their role lets them assign, else the admin's. */
const assignedBy = (c: Caller, ctx: MatrixContext) =>
  assign(c.self && ["reviewer", "admin"].includes(c.self.role) ? c.self.client : ctx.members.admin.client, ctx.slug, ctx.author.userId);

/** An assignment in the isolated workspace (one per task: a statement has one per assignee and task). */
const isolatedAssignment =
  (task: "tag" | "review") =>
  async (ctx: IsolationContext): Promise<Record<string, string>> => {
    const row = await ctx.server.db.assignment.create({
      data: {
        workspaceId: ctx.author.workspaceId,
        statementId: ctx.statementId,
        assigneeId: ctx.author.userId,
        assignedById: ctx.author.userId,
        task,
      },
    });
    return { assignment: row.id };
  };

export const assignmentCases: RouteCases = {
  authorization: {
    createAssignments: (c, ctx) =>
      c.client.post("/api/assignments", { statements: [ctx.slug], assignees: [ctx.author.userId], task: "tag" }),
    listAssignments: (c) => c.client.get("/api/assignments?assignee=me&state=all"),
    assignableMembers: (c) => c.client.get("/api/assignments/assignees"),
    updateAssignment: async (c, ctx) => c.client.patch(`/api/assignments/${await assignedTo(c, ctx)}`, { done: true }),
    deleteAssignment: async (c, ctx) => c.client.delete(`/api/assignments/${await assignedBy(c, ctx)}`),
  },
  isolation: {
    updateAssignment: {
      prepare: isolatedAssignment("tag"),
      attempts: (outsider, _ctx, ids) => [outsider.patch(`/api/assignments/${ids.assignment}`, { done: true })],
    },
    deleteAssignment: {
      prepare: isolatedAssignment("review"),
      attempts: (outsider, _ctx, ids) => [outsider.delete(`/api/assignments/${ids.assignment}`)],
    },
  },
  bodies: {
    createAssignments: {
      path: () => "/api/assignments",
      valid: (ctx) => ({ statements: [ctx.slug], assignees: [ctx.admin.userId], task: "review", dueDate: "2030-01-31" }),
      wrongTypes: { statements: "all", assignees: ["me"], task: "read", dueDate: "next week" },
    },
    // The body is checked before the assignment is looked up, so any ID will do here.
    updateAssignment: { path: () => `/api/assignments/${randomUUID()}`, valid: () => ({ done: true }), wrongTypes: { done: "yes" } },
  },
  queries: {
    listAssignments: { path: () => "/api/assignments", wrongTypes: "assignee=someone&task=read&state=late&limit=abc" },
  },
};
