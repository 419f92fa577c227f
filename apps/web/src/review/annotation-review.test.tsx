// @vitest-environment jsdom
import type { Annotation } from "@verbatim/contract";
import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { apiError, fakeApi, testQueryClient } from "../annotations/test-api.ts";
import { makeAnnotation, makeMe, OTHER, READ_ONLY } from "../annotations/test-fixtures.ts";
import { annotationsQuery } from "../annotations/annotation-query.ts";
import { type Me, meQuery } from "../queries/use-me.ts";
import { AnnotationReview } from "./annotation-review.tsx";

const REX = { id: "2d8f9c60-0c73-4d77-9f3e-5a2f4d9c3e33", name: "Rex Reviewer" };
/** As a reviewer or admin reads it: the API lets them review it. */
const annotation = makeAnnotation({ author: OTHER, can: { ...READ_ONLY, review: true, comment: true } });
const slug = annotation.statementSlug;

function setup(me: Me, a: Annotation = annotation) {
  const client = testQueryClient();
  client.setQueryData(meQuery().queryKey, me);
  client.setQueryData(annotationsQuery(slug).queryKey, [a]);
  render(
    <QueryClientProvider client={client}>
      <AnnotationReview annotation={a} slug={slug} />
    </QueryClientProvider>,
  );
  return client;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("AnnotationReview", () => {
  it("shows the review in force, and review controls only where the API lets the user review", () => {
    const reviewed = makeAnnotation({
      status: "accepted",
      review: { status: "accepted", reviewer: REX, at: new Date().toISOString(), comment: "Matches" },
      can: { edit: true, delete: true, review: false, comment: true },
    });
    setup(makeMe("analyst"), reviewed);
    expect(screen.getByText("Accepted by Rex Reviewer")).toBeTruthy();
    expect(screen.getByText(/Matches/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Review" })).toBeNull();
    expect(screen.getByRole("button", { name: "History" })).toBeTruthy();
  });

  it("sends the decision with its comment and version, and puts the stored annotation in the cache", async () => {
    const saved = {
      ...annotation,
      status: "disputed",
      version: 2,
      review: { status: "disputed", reviewer: REX, at: new Date().toISOString(), comment: "Why" },
    };
    const { calls } = fakeApi({ [`POST /api/annotations/${annotation.id}/reviews`]: () => ({ status: 200, body: { annotation: saved } }) });
    const client = setup(makeMe("reviewer", REX));
    fireEvent.click(screen.getByRole("button", { name: "Review" }));
    fireEvent.change(screen.getByLabelText("Review comment (optional)"), { target: { value: " Why " } });
    fireEvent.click(screen.getByRole("button", { name: "Dispute" }));
    await waitFor(() => expect(client.getQueryData(annotationsQuery(slug).queryKey)?.[0]).toEqual(saved));
    expect(calls[0]?.body).toEqual({ status: "disputed", version: 1, comment: "Why" });
  });

  it("on a version conflict says so and shows the current version", async () => {
    const current = { ...annotation, version: 3, labels: ["changed"] };
    fakeApi({
      [`POST /api/annotations/${annotation.id}/reviews`]: () => apiError(409, "version_conflict", "stale", { current }),
    });
    const client = setup(makeMe("admin"));
    fireEvent.click(screen.getByRole("button", { name: "Review" }));
    fireEvent.click(screen.getByRole("button", { name: "Accept" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/someone changed this annotation/);
    expect(client.getQueryData(annotationsQuery(slug).queryKey)?.[0]).toEqual(current);
  });
});
