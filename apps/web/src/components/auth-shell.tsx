import type { ReactNode } from "react";

/** The calm, centred frame of the pages seen before signing in. */
export function AuthShell({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <div className="auth-page">
      <header className="auth-brand">
        <span className="brand-mark" aria-hidden="true">
          V
        </span>
        <span className="brand-name">Verbatim</span>
      </header>
      <main className="auth-card">
        <h1>{title}</h1>
        {intro && <div className="auth-intro">{intro}</div>}
        {children}
      </main>
    </div>
  );
}
