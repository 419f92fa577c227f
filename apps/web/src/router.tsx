import type { ComponentType } from "react";
import { createBrowserRouter } from "react-router";
import { RequireSession } from "./components/require-session.tsx";
import { HomePage } from "./routes/home-page.tsx";
import { LoginPage } from "./routes/login-page.tsx";
import { NotFoundPage } from "./routes/not-found-page.tsx";
import { pageShortcuts } from "./routes/page-shortcuts.ts";
import { RouteErrorPage } from "./routes/route-error-page.tsx";
import { ReaderPage } from "./routes/reader-page.tsx";
import { SetupPage } from "./routes/setup-page.tsx";
import { SignedInLayout } from "./routes/signed-in-layout.tsx";

/** A page loaded when first visited, so that the library and the reader do not carry the code of every other page. */
function page<M extends Record<string, ComponentType>>(load: () => Promise<M>, name: keyof M) {
  return async () => ({ Component: (await load())[name] });
}

export const router = createBrowserRouter([
  { path: "/setup", element: <SetupPage />, errorElement: <RouteErrorPage /> },
  { path: "/login", element: <LoginPage />, errorElement: <RouteErrorPage /> },
  { path: "/invite/:token", lazy: page(() => import("./routes/invitation-page.tsx"), "InvitationPage"), errorElement: <RouteErrorPage /> },
  {
    element: <RequireSession />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <SignedInLayout />,
        children: [
          { index: true, element: <HomePage />, handle: pageShortcuts("library") },
          { path: "s/:slug", element: <ReaderPage />, handle: pageShortcuts("reader") },
          { path: "s/:slug/compare", lazy: page(() => import("./routes/compare-page.tsx"), "ComparePage") },
          { path: "s/:slug/revisions/:n/diff", lazy: page(() => import("./revisions/revision-diff-page.tsx"), "RevisionDiffPage") },
          {
            path: "review",
            lazy: page(() => import("./routes/review-queue-page.tsx"), "ReviewQueuePage"),
            handle: pageShortcuts("review"),
          },
          {
            path: "placing",
            lazy: page(() => import("./routes/placing-page.tsx"), "PlacingPage"),
            handle: pageShortcuts("placing"),
          },
          {
            path: "codebook",
            lazy: page(() => import("./codebook/codebook-page.tsx"), "CodebookPage"),
            handle: pageShortcuts("codebook"),
          },
          {
            path: "registry",
            lazy: page(() => import("./routes/registry-page.tsx"), "RegistryPage"),
            handle: pageShortcuts("registry"),
          },
          { path: "suggestions/rules", lazy: page(() => import("./routes/suggestion-rules-page.tsx"), "SuggestionRulesPage") },
          // A splat: a UN symbol's slashes stay slashes (/instruments/A/RES/74/247).
          { path: "instruments/*", lazy: page(() => import("./instruments/instrument-page.tsx"), "InstrumentPage") },
          { path: "search", lazy: page(() => import("./search/search-page.tsx"), "SearchPage") },
          { path: "passages", lazy: page(() => import("./passages/passages-page.tsx"), "PassagesPage") },
          // A saved view's link: replaced by its page (search, passages or matrix) with its params.
          { path: "views/:id", lazy: page(() => import("./saved-views/saved-view-page.tsx"), "SavedViewPage") },
          { path: "analysis", lazy: page(() => import("./analysis/analysis-page.tsx"), "AnalysisPage") },
          { path: "analysis/charts", lazy: page(() => import("./analysis/analysis-charts-page.tsx"), "AnalysisChartsPage") },
          { path: "activity", lazy: page(() => import("./routes/activity-page.tsx"), "ActivityPage") },
          { path: "inbox", lazy: page(() => import("./routes/inbox-page.tsx"), "InboxPage") },
          { path: "assigned", lazy: page(() => import("./routes/assigned-page.tsx"), "AssignedPage") },
          { path: "members", lazy: page(() => import("./routes/members-page.tsx"), "MembersPage") },
          { path: "deleted", lazy: page(() => import("./routes/deleted-statements-page.tsx"), "DeletedStatementsPage") },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
