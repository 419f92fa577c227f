import { configure } from "@testing-library/react";

// findBy… and waitFor wait for what a test awaits (a fetch answered, a list rendered again). Testing Library's 1 s
// default is a schedule, not an invariant: on CI's loaded 2-CPU machine jsdom renders can take longer. A test that
// waits for something that never happens still fails, only later.
configure({ asyncUtilTimeout: 5_000 });
