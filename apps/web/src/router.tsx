import { createBrowserRouter } from "react-router";
import { RequireSession } from "./components/require-session.tsx";
import { HomePage } from "./routes/home-page.tsx";
import { LoginPage } from "./routes/login-page.tsx";
import { NotFoundPage } from "./routes/not-found-page.tsx";
import { RouteErrorPage } from "./routes/route-error-page.tsx";
import { ReaderPage } from "./routes/reader-page.tsx";
import { SetupPage } from "./routes/setup-page.tsx";
import { SignedInLayout } from "./routes/signed-in-layout.tsx";

export const router = createBrowserRouter([
  { path: "/setup", element: <SetupPage />, errorElement: <RouteErrorPage /> },
  { path: "/login", element: <LoginPage />, errorElement: <RouteErrorPage /> },
  {
    element: <RequireSession />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <SignedInLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: "s/:slug", element: <ReaderPage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
