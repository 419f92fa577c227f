import { useEffect, useId, useRef } from "react";
import { Link } from "react-router";
import { AddAliasForm } from "./add-alias-form.tsx";
import type { DelegationEntry } from "./delegations-query.ts";
import { hasMembers, isState, kindLabel } from "./registry-kinds.ts";
import { groupsOf, membersOf } from "./registry-relations.ts";

const codesText = ({ iso2, iso3 }: DelegationEntry): string =>
  iso2 || iso3 ? [iso2 && `${iso2} (alpha-2)`, iso3 && `${iso3} (alpha-3)`].filter(Boolean).join(" · ") : "None";

interface DelegationDetailsProps {
  entry: DelegationEntry;
  items: readonly DelegationEntry[];
  canAdd: boolean;
  hrefFor: (key: string) => string;
  /** Moves focus to the heading (after the entry was added), so a screen reader announces it. */
  focus: boolean;
  onFocused: () => void;
}

/** The open entry: its codes, every alias, its members (a group) or the groups it belongs to (a State). */
export function DelegationDetails({ entry, items, canAdd, hrefFor, focus, onFocused }: DelegationDetailsProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focus) return;
    headingRef.current?.focus();
    onFocused();
  }, [focus, onFocused]);
  const members = hasMembers(entry.kind) ? membersOf(items, entry) : null;
  const groups = isState(entry) ? groupsOf(items, entry.key) : null;
  return (
    <section className="code-details registry-details" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {entry.name}
      </h2>
      <dl className="registry-facts">
        <dt>Kind</dt>
        <dd>{kindLabel(entry.kind)}</dd>
        <dt>Key</dt>
        <dd>{entry.key}</dd>
        <dt>ISO 3166</dt>
        <dd>{codesText(entry)}</dd>
        <dt>Source</dt>
        <dd>{entry.builtIn ? "Built in" : "Added by this workspace"}</dd>
      </dl>
      <h3>Aliases ({entry.aliases.length})</h3>
      {entry.aliases.length === 0 ? (
        <p className="code-none">No other spellings.</p>
      ) : (
        <ul className="registry-chips" aria-label="Aliases">
          {entry.aliases.map((alias) => (
            <li key={alias} className="chip">
              {alias}
            </li>
          ))}
        </ul>
      )}
      {canAdd && <AddAliasForm key={entry.key} entry={entry} hrefFor={hrefFor} />}
      {members && (
        <>
          <h3>Members ({members.length})</h3>
          {members.length === 0 ? (
            <p className="code-none">None listed: the registry lists members only where membership is settled.</p>
          ) : (
            <ul className="registry-links" aria-label="Members">
              {members.map((member) =>
                typeof member === "string" ? (
                  <li key={member}>{member}</li>
                ) : (
                  <li key={member.key}>
                    <Link to={hrefFor(member.key)}>{member.name}</Link>
                  </li>
                ),
              )}
            </ul>
          )}
        </>
      )}
      {groups && (
        <>
          <h3>Member of ({groups.length})</h3>
          {groups.length === 0 ? (
            <p className="code-none">No group in the registry lists it.</p>
          ) : (
            <ul className="registry-links" aria-label="Member of">
              {groups.map((group) => (
                <li key={group.key}>
                  <Link to={hrefFor(group.key)}>{group.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
