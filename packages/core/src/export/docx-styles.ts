import { BorderStyle, type IStylesOptions, LineRuleType } from "docx";

const SANS = "Calibri";

/** Word's own heading styles (with outline levels, so the navigation pane lists them) and the brief's paragraph styles. */
export const BRIEF_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: "Cambria", size: 22 }, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
    title: { run: { font: SANS, size: 52, bold: true }, paragraph: { spacing: { after: 360 } } },
    heading1: {
      run: { font: SANS, size: 32, bold: true, color: "1F3864" },
      paragraph: { outlineLevel: 0, keepNext: true, spacing: { before: 240, after: 120 } },
    },
    heading2: {
      run: { font: SANS, size: 26, bold: true, color: "2F5496" },
      paragraph: { outlineLevel: 1, keepNext: true, spacing: { before: 240, after: 120 } },
    },
  },
  paragraphStyles: [
    {
      id: "StatementMeta",
      name: "Statement metadata",
      basedOn: "Normal",
      next: "Normal",
      run: { color: "404040" },
      paragraph: { keepNext: true, spacing: { after: 60 } },
    },
    {
      id: "Excerpt",
      name: "Excerpt",
      basedOn: "Normal",
      next: "Citation",
      quickFormat: true,
      run: { italics: true },
      paragraph: {
        indent: { left: 720, right: 720 },
        keepNext: true,
        keepLines: true,
        spacing: { before: 200, after: 80 },
        border: { left: { style: BorderStyle.SINGLE, size: 12, color: "808080", space: 8 } },
      },
    },
    {
      id: "Citation",
      name: "Citation",
      basedOn: "Normal",
      next: "ExcerptDetails",
      run: { size: 20 },
      paragraph: { indent: { left: 720 }, keepNext: true, spacing: { after: 60 } },
    },
    {
      id: "ExcerptDetails",
      name: "Excerpt details",
      basedOn: "Normal",
      next: "Excerpt",
      run: { size: 18, color: "404040" },
      paragraph: { indent: { left: 720 }, spacing: { after: 200 } },
    },
  ],
};

/** The compact layout's own styles, added to the brief's: a smaller title, the one-line summary, tighter excerpts. */
export const COMPACT_STYLES: IStylesOptions = {
  default: {
    ...BRIEF_STYLES.default,
    heading1: {
      run: { font: SANS, size: 28, bold: true, color: "1F3864" },
      paragraph: { outlineLevel: 0, keepNext: true, spacing: { before: 240, after: 60 } },
    },
    heading2: {
      run: { font: SANS, size: 23, bold: true, color: "2F5496" },
      paragraph: { outlineLevel: 1, keepNext: true, spacing: { before: 140, after: 40 } },
    },
  },
  paragraphStyles: [
    ...(BRIEF_STYLES.paragraphStyles ?? []),
    {
      id: "CompactTitle",
      name: "Compact title",
      basedOn: "Normal",
      next: "BriefSummary",
      run: { font: SANS, size: 36, bold: true },
      paragraph: { keepNext: true, spacing: { after: 60 } },
    },
    {
      id: "BriefSummary",
      name: "Brief summary",
      basedOn: "Normal",
      next: "Normal",
      run: { size: 18, color: "404040" },
      paragraph: { spacing: { after: 120 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "808080", space: 4 } } },
    },
    {
      id: "CompactExcerpt",
      name: "Compact excerpt",
      basedOn: "Normal",
      next: "CompactDetails",
      paragraph: {
        indent: { left: 360 },
        keepNext: true,
        keepLines: true,
        spacing: { before: 120, after: 20 },
        border: { left: { style: BorderStyle.SINGLE, size: 12, color: "808080", space: 6 } },
      },
    },
    {
      id: "CompactDetails",
      name: "Compact excerpt details",
      basedOn: "Normal",
      next: "CompactExcerpt",
      run: { size: 17, color: "404040" },
      paragraph: { indent: { left: 360 }, keepLines: true, spacing: { after: 60, line: 240, lineRule: LineRuleType.AUTO } },
    },
  ],
};
