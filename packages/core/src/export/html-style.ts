/** The brief's embedded stylesheet: a readable serif page on screen, and A4 pages when printed. */
export const BRIEF_CSS = `
:root { color-scheme: light; }
body { font-family: Charter, "Bitstream Charter", Georgia, Cambria, "Noto Serif", "Times New Roman", serif;
  font-size: 1.0625rem; line-height: 1.55; color: #1a1a1a; background: #fff; max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; }
h1, h2, h3 { font-family: "Helvetica Neue", Arial, "Noto Sans", sans-serif; line-height: 1.25; }
h1 { font-size: 1.9rem; margin: 0 0 .5rem; }
h2 { font-size: 1.4rem; margin: 0 0 .25rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .75rem; color: #333; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
/* A source URL has no spaces to break at, and would run past the column (and the page) unless it may break anywhere. */
a { color: #0b5cad; overflow-wrap: anywhere; }
.brief-head { border-bottom: 2px solid #1a1a1a; margin-bottom: 2rem; padding-bottom: 1rem; }
.brief-head .filters h2 { font-size: 1rem; margin-top: 1rem; }
.statement { margin-bottom: 3rem; }
.statement > header p { margin: .2rem 0; color: #444; }
.excerpt { margin: 0 0 1.75rem; }
.excerpt blockquote { margin: 0; padding: .1rem 0 .1rem 1rem; border-left: 3px solid #888; font-style: italic; }
.excerpt blockquote p { margin: .4rem 0; }
.excerpt figcaption { margin: .4rem 0 .3rem 1rem; font-size: .95rem; }
.excerpt figcaption cite { font-style: normal; }
.details { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: 0 0 0 1rem; font-size: .9rem; }
.details dt { font-weight: bold; }
.details dd { margin: 0; white-space: pre-line; }
.empty { font-style: italic; }
@page { size: A4; margin: 20mm 18mm 22mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
  /* On paper a link must read without its target: a source link shows its URL, a citation its canonical reference. */
  a { color: inherit; text-decoration: none; }
  a.source { word-break: break-all; font-size: 9pt; }
  .statement + .statement { break-before: page; page-break-before: always; }
  h2, h3, .statement > header { break-after: avoid; page-break-after: avoid; }
  .excerpt { break-inside: avoid; page-break-inside: avoid; }
  .excerpt blockquote { border-left-color: #000; }
}
`;
