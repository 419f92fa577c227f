/** The instruments every new workspace's registry starts with (facts from the UN's own records). */
export interface InstrumentSeed {
  key: string;
  name: string;
  shortNames: string[];
  symbol: string | null;
  adoptedBy: string;
  inForce: string | null;
}

export const INSTRUMENT_REGISTRY: InstrumentSeed[] = [
  {
    key: "UN-CHARTER",
    name: "Charter of the United Nations",
    shortNames: ["the Charter", "UN Charter"],
    symbol: null,
    adoptedBy: "Signed at San Francisco, 26 June 1945",
    inForce: "1945-10-24",
  },
  {
    key: "UNTOC",
    name: "United Nations Convention against Transnational Organized Crime",
    shortNames: ["UNTOC", "Palermo Convention", "Organized Crime Convention"],
    symbol: "A/RES/55/25",
    adoptedBy: "General Assembly resolution 55/25, 15 November 2000",
    inForce: "2003-09-29",
  },
  {
    key: "UNTOC-TIP",
    name: "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
    shortNames: ["Trafficking in Persons Protocol", "Palermo Protocol"],
    symbol: "A/RES/55/25",
    adoptedBy: "A/RES/55/25, annex II",
    inForce: "2003-12-25",
  },
  {
    key: "UNTOC-SOM",
    name: "Protocol against the Smuggling of Migrants by Land, Sea and Air",
    shortNames: ["Smuggling of Migrants Protocol"],
    symbol: "A/RES/55/25",
    adoptedBy: "A/RES/55/25, annex III",
    inForce: "2004-01-28",
  },
  {
    key: "UNTOC-FIREARMS",
    name: "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition",
    shortNames: ["Firearms Protocol"],
    symbol: "A/RES/55/255",
    adoptedBy: "A/RES/55/255, 31 May 2001",
    inForce: "2005-07-03",
  },
  {
    key: "UNCAC",
    name: "United Nations Convention against Corruption",
    shortNames: ["UNCAC", "Merida Convention"],
    symbol: "A/RES/58/4",
    adoptedBy: "A/RES/58/4, 31 October 2003",
    inForce: "2005-12-14",
  },
  {
    key: "SINGLE-CONVENTION-1961",
    name: "Single Convention on Narcotic Drugs, 1961 (as amended by the 1972 Protocol)",
    shortNames: ["1961 Convention"],
    symbol: null,
    adoptedBy: "New York, 30 March 1961",
    inForce: "1964-12-13",
  },
  {
    key: "PSYCHOTROPICS-1971",
    name: "Convention on Psychotropic Substances, 1971",
    shortNames: ["1971 Convention"],
    symbol: null,
    adoptedBy: "Vienna, 21 February 1971",
    inForce: "1976-08-16",
  },
  {
    key: "ILLICIT-TRAFFIC-1988",
    name: "United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances, 1988",
    shortNames: ["1988 Convention", "Vienna Convention (drugs)"],
    symbol: null,
    adoptedBy: "Vienna, 20 December 1988",
    inForce: "1990-11-11",
  },
  {
    key: "KYOTO-DECLARATION",
    name: "Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the Achievement of the 2030 Agenda for Sustainable Development",
    shortNames: ["Kyoto Declaration"],
    symbol: "A/RES/76/181",
    adoptedBy: "Fourteenth United Nations Congress on Crime Prevention and Criminal Justice, Kyoto, March 2021; endorsed by A/RES/76/181",
    inForce: null,
  },
  {
    key: "AGENDA-2030",
    name: "Transforming our world: the 2030 Agenda for Sustainable Development",
    shortNames: ["2030 Agenda", "SDGs"],
    symbol: "A/RES/70/1",
    adoptedBy: "A/RES/70/1, 25 September 2015",
    inForce: null,
  },
  {
    key: "UNGASS-2021-CORRUPTION",
    name: "Political declaration \u201cOur common commitment to effectively addressing challenges and implementing measures to prevent and combat corruption and strengthen international cooperation\u201d",
    shortNames: ["UNGASS 2021 political declaration"],
    symbol: "A/RES/S-32/1",
    adoptedBy: "General Assembly special session, June 2021",
    inForce: null,
  },
  {
    key: "A/RES/74/247",
    name: "Countering the use of information and communications technologies for criminal purposes",
    shortNames: ["resolution 74/247"],
    symbol: "A/RES/74/247",
    adoptedBy: "General Assembly, 27 December 2019 (set up the Ad Hoc Committee on cybercrime)",
    inForce: null,
  },
  {
    key: "A/RES/75/282",
    name: "Countering the use of information and communications technologies for criminal purposes (modalities of the Ad Hoc Committee)",
    shortNames: ["resolution 75/282"],
    symbol: "A/RES/75/282",
    adoptedBy: "General Assembly, 26 May 2021",
    inForce: null,
  },
  {
    key: "CYBERCRIME-CONVENTION",
    name: "United Nations Convention against Cybercrime",
    shortNames: ["UN cybercrime convention"],
    symbol: "A/RES/79/243",
    adoptedBy: "A/RES/79/243, 24 December 2024",
    inForce: null,
  },
  {
    key: "S/RES/1373 (2001)",
    name: "Security Council resolution 1373 (2001) on threats to international peace and security caused by terrorist acts",
    shortNames: ["resolution 1373"],
    symbol: "S/RES/1373 (2001)",
    adoptedBy: "Security Council, 28 September 2001",
    inForce: null,
  },
];
