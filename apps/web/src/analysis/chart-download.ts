/** How much sharper than on screen a PNG is drawn (2×: crisp on a high-density screen and in a printed brief). */
export const PNG_SCALE = 2;

const SVG_NS = "http://www.w3.org/2000/svg";
/** What a standalone file draws on: the light theme's page and text, whatever the theme the chart was made in. */
const PAPER = "#ffffff";
const INK = "#1b1f24";
const GAP = 8;

const sizeOf = (svg: SVGSVGElement) => ({
  width: Number(svg.getAttribute("width")) || 0,
  height: Number(svg.getAttribute("height")) || 0,
});

/**
 * A chart as a standalone SVG file: its parts (a legend, the plot) stacked in one drawing on white, dark text, with the
 * chart's name as its <title> so a file viewer and a screen reader both have it.
 */
export function chartSvgFile(parts: readonly SVGSVGElement[], title: string): { markup: string; width: number; height: number } {
  const sizes = parts.map(sizeOf);
  const width = Math.max(0, ...sizes.map((s) => s.width));
  const height = sizes.reduce((sum, s) => sum + s.height, 0) + GAP * Math.max(0, parts.length - 1);
  const root = document.createElementNS(SVG_NS, "svg");
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  root.setAttribute("font-family", "system-ui, sans-serif");
  root.setAttribute("style", `color: ${INK}`);
  const name = document.createElementNS(SVG_NS, "title");
  name.textContent = title;
  const paper = document.createElementNS(SVG_NS, "rect");
  for (const [k, v] of Object.entries({ width: "100%", height: "100%", fill: PAPER })) paper.setAttribute(k, v);
  root.append(name, paper);
  let y = 0;
  parts.forEach((part, i) => {
    const copy = part.cloneNode(true) as SVGSVGElement;
    copy.setAttribute("x", "0");
    copy.setAttribute("y", String(y));
    root.append(copy);
    y += sizes[i]!.height + GAP;
  });
  return { markup: new XMLSerializer().serializeToString(root), width, height };
}

/** The SVG drawn on a canvas at `scale`, as a PNG (an image decoded from the markup, so nothing on the page is redrawn). */
export async function svgToPng(file: { markup: string; width: number; height: number }, scale = PNG_SCALE): Promise<Blob> {
  const image = new Image();
  image.width = file.width;
  image.height = file.height;
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(file.markup)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil(file.width * scale);
  canvas.height = Math.ceil(file.height * scale);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("This browser cannot draw the chart as a picture.");
  context.fillStyle = PAPER;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("The chart could not be drawn as a picture."))), "image/png"),
  );
}
