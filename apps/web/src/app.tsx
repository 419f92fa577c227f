import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
// From react-router/dom, which hands the router ReactDOM.flushSync: without it `navigate(…, { flushSync: true })` (the
// search, passages and matrix pages' filters) runs as a transition, and a checkbox flicks back until it commits.
import { RouterProvider } from "react-router/dom";
import { createQueryClient } from "./query-client.ts";
import { router } from "./router.tsx";

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
