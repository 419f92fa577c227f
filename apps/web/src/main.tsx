import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import "./styles/base.css";
import "./styles/annotation-scheme.css";
import "./styles/layout.css";
import "./styles/forms.css";
import "./styles/statements.css";
import "./styles/annotations.css";
import "./styles/reader.css";
import "./styles/modal.css";
import "./styles/library.css";
import "./styles/export.css";
import "./styles/team.css";
import "./styles/discussion.css";
import "./styles/review.css";
import "./styles/assignments.css";
import "./styles/compare.css";
import "./styles/activity.css";
import "./styles/keyboard.css";
import "./styles/statement-lifecycle.css";
import "./styles/revisions.css";
import "./styles/placing.css";
import "./styles/codebook.css";
import "./styles/suggestions.css";
import "./styles/registry.css";
import "./styles/instruments.css";
import "./styles/search.css";
import "./styles/passages.css";
import "./styles/saved-views.css";
import "./styles/analysis.css";
import "./styles/print.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
