/** A deterministic statement of about `words` words in diplomatic register, in paragraphs of 80–140 words. */
const PHRASES = [
  "The delegation reaffirms its commitment to the United Nations Convention against Transnational Organized Crime",
  "we remain deeply concerned about the growing links between terrorism and organized crime",
  "States should strengthen international cooperation in criminal matters, including extradition and mutual legal assistance",
  "we welcome the report of the Secretary-General and thank the Executive Director for her briefing",
  "our Government will continue to provide technical assistance to developing countries",
  "the Group underlines the importance of the Kyoto Declaration and the 2030 Agenda for Sustainable Development",
  "we call upon all Member States to ratify and implement the Firearms Protocol without delay",
  "in accordance with General Assembly resolution 74/247 the Ad Hoc Committee concluded its work",
  "capacity-building must respect national ownership and the principle of sovereign equality",
  "we condemn in the strongest terms the trafficking in persons, especially women and children",
];

function* rng(seed: number): Generator<number> {
  let s = seed;
  for (;;) {
    s = (s * 1103515245 + 12345) % 2147483648;
    yield s / 2147483648;
  }
}

export function syntheticStatement(words: number, seed = 7): string {
  const random = rng(seed);
  const next = () => random.next().value as number;
  const paragraphs: string[] = ["Mr. President,"];
  let count = 2;
  let n = 1;
  while (count < words) {
    const target = 80 + Math.floor(next() * 60);
    const sentences: string[] = [];
    let length = 0;
    while (length < target) {
      const phrase = PHRASES[Math.floor(next() * PHRASES.length)]!;
      sentences.push(phrase.charAt(0).toUpperCase() + phrase.slice(1) + ".");
      length += phrase.split(" ").length;
    }
    paragraphs.push(`${n++}. ${sentences.join(" ")}`);
    count += length + 1;
  }
  paragraphs.push("Thank you, Mr. President.");
  return paragraphs.join("\n\n");
}
