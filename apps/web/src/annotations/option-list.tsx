import type { ReactNode } from "react";

export interface ListOption {
  key: string;
  label: ReactNode;
  detail?: ReactNode;
  /** Shown above the first option of each group. */
  group?: string;
}

interface OptionListProps {
  id: string;
  options: readonly ListOption[];
  open: boolean;
  active: number;
  optionId: (index: number) => string;
  onChoose: (index: number) => void;
  onHover: (index: number) => void;
}

/**
 * The listbox of a combobox. Options are chosen by click without taking focus from the input. Its name is
 * "Suggestions" for every field, so it never shares words with a field's label (Playwright's getByLabel matches parts).
 */
export function OptionList({ id, options, open, active, optionId, onChoose, onHover }: OptionListProps) {
  return (
    <ul id={id} role="listbox" aria-label="Suggestions" className="option-list" hidden={!open}>
      {options.map((option, index) => (
        <li
          key={option.key}
          id={optionId(index)}
          role="option"
          aria-selected={index === active}
          className={index === active ? "option option-active" : "option"}
          data-group={index === 0 || options[index - 1]?.group !== option.group ? option.group : undefined}
          onMouseDown={(e) => e.preventDefault()}
          onMouseMove={() => index !== active && onHover(index)}
          onClick={() => onChoose(index)}
        >
          <span className="option-label">{option.label}</span>
          {option.detail && <span className="option-detail">{option.detail}</span>}
        </li>
      ))}
    </ul>
  );
}
