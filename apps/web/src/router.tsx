import { createBrowserRouter } from "react-router";
import { RequireSession } from "./components/require-session.tsx";
import { ActivityPage } from "./routes/activity-page.tsx";
import { ComparePage } from "./routes/compare-page.tsx";
import { HomePage } from "./routes/home-page.tsx";
import { InboxPage } from "./routes/inbox-page.tsx";
import { InvitationPage } from "./routes/invitation-page.tsx";
import { LoginPage } from "./routes/login-page.tsx";
import { MembersPage } from "./routes/members-page.tsx";
import { NotFoundPage } from "./routes/not-found-page.tsx";
import { RouteErrorPage } from "./routes/route-error-page.tsx";
import { ReaderPage } from "./routes/reader-page.tsx";
import { ReviewQueuePage } from "./routes/review-queue-page.tsx";
import { SetupPage } from "./routes/setup-page.tsx";
import { SignedInLayout } from "./routes/signed-in-layout.tsx";

export const router = createBrowserRouter([
  { path: "/setup", element: <SetupPage />, errorElement: <RouteErrorPage /> },
  { path: "/login", element: <LoginPage />, errorElement: <RouteErrorPage /> },
  { path: "/invite/:token", element: <InvitationPage />, errorElement: <RouteErrorPage /> },
  {
    element: <RequireSession />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <SignedInLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: "s/:slug", element: <ReaderPage /> },
          { path: "s/:slug/compare", element: <ComparePage /> },
          { path: "review", element: <ReviewQueuePage /> },
          { path: "activity", element: <ActivityPage /> },
          { path: "inbox", element: <InboxPage /> },
          { path: "members", element: <MembersPage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
