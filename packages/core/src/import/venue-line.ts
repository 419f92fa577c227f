import { normaliseText } from "./normalise-text.ts";

/** Rooms and buildings statements are delivered in. */
const VENUE =
  /^(?:United Nations Headquarters|UN Headquarters|UNHQ|Security Council Chamber|General Assembly Hall|Trusteeship Council Chamber|Economic and Social Council Chamber|ECOSOC Chamber|Conference Room \d{1,2}[A-Z]?|Palais des Nations|Vienna International Centre|Siège de l[’']ONU|Sede de las Naciones Unidas)$/iu;

/** "New York, New York", "New York, NY", "Geneva, Switzerland": a city and its state or country. */
const CITY_STATE =
  /^(New York|Nueva York|Geneva|Genève|Ginebra|Vienna|Vienne|Viena|Nairobi|Washington),\s*(?:New York|NY|N\.Y\.|D\.C\.|DC|USA|Switzerland|Suisse|Suiza|Austria|Autriche|Kenya)$/u;

/** The place a venue line gives, or null: a room or building as written, a city without its state. */
export function parseVenueLine(line: string): { place: string } | null {
  const flat = normaliseText(line);
  if (VENUE.test(flat)) return { place: flat };
  const city = CITY_STATE.exec(flat);
  return city?.[1] ? { place: city[1] } : null;
}
