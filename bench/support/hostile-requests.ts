import type { BenchClient } from "./bench-client.ts";

export interface HostileRequest {
  name: string;
  send(client: BenchClient): Promise<number>;
}

const preview = (name: string, format: string, content: string): HostileRequest => ({
  name,
  send: async (client) => (await client.call("POST", "/api/imports/preview", { format, content })).status,
});

/**
 * The texts the issue "No request can stall the server" found to stall the API, and a W3C import of 5,000 quote-only
 * annotations whose quotes recur in the statement (so each is placed by a fuzzy search over the whole text).
 */
export function hostileRequests(slug: string, paragraphs: { text: string }[]): HostileRequest[] {
  const quotes = paragraphs.flatMap((p) => p.text.split(/(?<=[.!?])\s+/u).filter((s) => s.length > 20 && s.length < 120));
  const annotations = Array.from({ length: 5_000 }, (_, i) => ({
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `https://annotator.example/hostile/${Date.now()}/${i}`,
    type: "Annotation",
    body: [
      { type: "TextualBody", purpose: "classifying", value: "position" },
      { type: "TextualBody", purpose: "describing", value: "stance: notes" },
    ],
    target: { source: "https://annotator.example/page", selector: { type: "TextQuoteSelector", exact: quotes[i % quotes.length] } },
  }));
  return [
    preview('"<div>" × 200,000 as HTML', "html", "<div>".repeat(200_000)),
    preview('"x\\n" × 100,000 as text', "text", "x\n".repeat(100_000)),
    preview('"[" × 200,000 as Markdown', "markdown", "[".repeat(200_000)),
    preview('">" × 100,000 as Markdown', "markdown", ">".repeat(100_000)),
    preview("1 MB of YAML front matter", "markdown", `---\n${"a: b\n".repeat(200_000)}---\n\nWe speak today.\n`),
    {
      name: "W3C import of 5,000 quote-only annotations",
      send: async (client) =>
        (
          await client.call(
            "POST",
            `/api/imports/w3c?statement=${encodeURIComponent(slug)}`,
            annotations.map((a, i) => ({ ...a, id: `${a.id}-${Math.random()}-${i}` })),
          )
        ).status,
    },
  ];
}
