import type { MentionNodeAttrs } from "@tiptap/extension-mention";
import type { SuggestionKeyDownProps, SuggestionOptions, SuggestionProps } from "@tiptap/suggestion";
import type { MentionCandidate } from "./match-members.ts";

/** The open suggestion list, as the composer renders it. */
export interface MentionMenu {
  items: MentionCandidate[];
  active: number;
  choose: (index: number) => void;
}

type Props = SuggestionProps<MentionCandidate, MentionNodeAttrs>;

/**
 * The @ suggestion's behaviour for Tiptap's Mention: which members match, and the keys while the list is open
 * (arrows move, Enter or Tab picks, Escape closes). What to draw is handed to `onChange` (null when closed).
 */
export function mentionSuggestion(opts: {
  candidates: (query: string) => MentionCandidate[];
  onChange: (menu: MentionMenu | null) => void;
}): Omit<SuggestionOptions<MentionCandidate, MentionNodeAttrs>, "editor"> {
  return {
    char: "@",
    items: ({ query }) => opts.candidates(query),
    render: () => {
      let props: Props | null = null;
      let active = 0;
      const publish = () => {
        if (!props || props.items.length === 0) return opts.onChange(null);
        const current = props;
        active = Math.min(active, current.items.length - 1);
        opts.onChange({
          items: current.items,
          active,
          choose: (index) => {
            const item = current.items[index];
            if (item) current.command({ id: item.id, label: item.name });
          },
        });
      };
      return {
        onStart: (p: Props) => {
          props = p;
          active = 0;
          publish();
        },
        onUpdate: (p: Props) => {
          props = p;
          publish();
        },
        onKeyDown: ({ event }: SuggestionKeyDownProps) => {
          const count = props?.items.length ?? 0;
          if (count === 0) return false;
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            active = (active + (event.key === "ArrowDown" ? 1 : count - 1)) % count;
            publish();
            return true;
          }
          if (event.key === "Enter" || event.key === "Tab") {
            const item = props!.items[active];
            if (item) props!.command({ id: item.id, label: item.name });
            return true;
          }
          if (event.key === "Escape") {
            props = null;
            opts.onChange(null);
            return true;
          }
          return false;
        },
        onExit: () => {
          props = null;
          opts.onChange(null);
        },
      };
    },
  };
}
