import StarterKit from "@tiptap/starter-kit";

const SAFE_LINK = /^(https?:|mailto:)/i;

/** A link the note may keep: the contract accepts http(s) and mailto only. */
export function normaliseLink(input: string): string | null {
  const text = input.trim();
  if (!text || /\s/.test(text)) return null;
  if (SAFE_LINK.test(text)) return text;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return null;
  if (/^[^@/]+@[^@/]+\.[a-z]{2,}$/i.test(text)) return `mailto:${text}`;
  return /^[^/]+\.[a-z]{2,}(?:[/?#:].*)?$/i.test(text) ? `https://${text}` : null;
}

/**
 * The note editor's schema is the contract's (note.ts): bold, italic, strike, code and links; paragraphs, lists,
 * hard breaks and quotes. Everything else StarterKit brings is switched off, so the editor cannot make a note
 * the API would refuse.
 */
export const noteExtensions = [
  StarterKit.configure({
    heading: false,
    codeBlock: false,
    horizontalRule: false,
    underline: false,
    // A trailing empty paragraph after a list would be stored with every such note.
    trailingNode: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      isAllowedUri: (url, { defaultValidate }) => defaultValidate(url) && SAFE_LINK.test(url),
    },
  }),
];
