import type { SearchAnnotation, SearchAnnotationHit, SearchParagraph } from "@verbatim/contract";
import { Link } from "react-router";
import { labelFor, STATUS_LABELS } from "../lib/taxonomy-labels.ts";
import { annotationExtras, annotationGist } from "./annotation-gist.ts";
import { MarkedText } from "./marked-text.tsx";
import { isAnnotationHit, resultHref, type SearchItem } from "./search-query.ts";

/** The results as the API ranked them: paragraphs with their annotations, or annotations with their paragraph. */
export function SearchResultList({ items }: { items: readonly SearchItem[] }) {
  return (
    <ol className="search-results" aria-label="Results">
      {items.map((item) =>
        isAnnotationHit(item) ? (
          <AnnotationResult key={`a:${item.annotation.id}`} hit={item} />
        ) : (
          <ParagraphResult key={`p:${item.statement.slug}#${item.paragraphId}`} paragraph={item} />
        ),
      )}
    </ol>
  );
}

function ParagraphResult({ paragraph }: { paragraph: SearchParagraph }) {
  return (
    <li className="search-result">
      <ResultSource item={paragraph} />
      <p className="search-result-text">
        <MarkedText text={paragraph.text} matches={paragraph.matches} />
      </p>
      {paragraph.annotations.length > 0 && (
        <ul className="search-chips" aria-label="Annotations on this paragraph">
          {paragraph.annotations.map((a) => (
            <AnnotationChips key={a.id} annotation={a} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function AnnotationResult({ hit }: { hit: SearchAnnotationHit }) {
  const a = hit.annotation;
  const extras = annotationExtras(a);
  return (
    <li className="search-result search-result-annotation">
      <ResultSource item={hit} />
      <div className={`search-annotation kind-${a.kind}`}>
        <p className="search-annotation-head">
          <span className="kind-badge">{annotationGist(a)}</span>
          <span className={`status-badge status-${a.status}`}>{labelFor(STATUS_LABELS, a.status)}</span>
          <span className="search-annotation-author">by {a.author.name}</span>
        </p>
        <blockquote className="search-annotation-quote">
          <span className="kind-mark">{a.quote}</span>
        </blockquote>
        {extras.length > 0 && <p className="search-annotation-extras">{extras.join(" · ")}</p>}
        {a.note && <p className="search-annotation-note">{a.note}</p>}
        <CodeChips annotation={a} />
      </div>
      <p className="search-result-context">
        <span className="visually-hidden">In the paragraph: </span>
        <MarkedText text={hit.text} matches={hit.matches} />
      </p>
    </li>
  );
}

/** Statement, ¶ number and the link to the reader; then who spoke, where and when. */
function ResultSource({ item }: { item: SearchParagraph | SearchAnnotationHit }) {
  const { statement } = item;
  const who = statement.delegation
    ? statement.onBehalfOf
      ? `${statement.delegation} on behalf of ${statement.onBehalfOf}`
      : statement.delegation
    : statement.onBehalfOf && `On behalf of ${statement.onBehalfOf}`;
  const facts = [who, statement.forum, statement.date].filter(Boolean);
  return (
    <>
      <p className="search-result-source">
        <Link to={resultHref(item)} className="search-result-link">
          {statement.title}
          {item.number !== null && (
            <>
              {" "}
              <span className="search-result-number">¶{item.number}</span>
            </>
          )}
        </Link>
      </p>
      {facts.length > 0 && <p className="search-result-meta">{facts.join(" · ")}</p>}
    </>
  );
}

/** One annotation on a paragraph result: its kind and stance or strength, then its labels. */
function AnnotationChips({ annotation }: { annotation: SearchAnnotation }) {
  return (
    <li className={`search-chip-group kind-${annotation.kind}`}>
      <span className="search-chip search-chip-kind" title={annotation.quote}>
        {annotationGist(annotation)}
      </span>
      {annotation.labels.map((label) => (
        <span key={label} className="search-chip">
          {label}
        </span>
      ))}
    </li>
  );
}

/** An annotation's labels and topics. */
function CodeChips({ annotation }: { annotation: SearchAnnotation }) {
  const codes = [
    ...annotation.topics.map((t) => ({ key: `t:${t}`, text: t })),
    ...annotation.labels.map((l) => ({ key: `l:${l}`, text: l })),
  ];
  if (codes.length === 0) return null;
  return (
    <ul className="search-chips" aria-label="Topics and labels">
      {codes.map((code) => (
        <li key={code.key} className="search-chip">
          {code.text}
        </li>
      ))}
    </ul>
  );
}
