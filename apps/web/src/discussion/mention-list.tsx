import type { MentionMenu } from "./mention-suggestion.ts";

interface MentionListProps {
  id: string;
  menu: MentionMenu;
  optionId: (index: number) => string;
}

/** The @ suggestions under the composer. Focus stays in the editor; the active option is its aria-activedescendant. */
export function MentionList({ id, menu, optionId }: MentionListProps) {
  return (
    <ul id={id} role="listbox" aria-label="Members to mention" className="option-list mention-list">
      {menu.items.map((m, index) => (
        <li
          key={m.id}
          id={optionId(index)}
          role="option"
          aria-selected={index === menu.active}
          className={index === menu.active ? "option option-active" : "option"}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => menu.choose(index)}
        >
          <span className="option-label">{m.name}</span>
          <span className="option-detail">{m.email}</span>
        </li>
      ))}
    </ul>
  );
}
