/**
 * Synthetic companion conversations for measuring recall without an LLM or real user data. Deterministic: the
 * same options give the same conversations (a seeded PRNG; conversation i depends only on the seed and i, so a
 * smaller `count` gives a prefix of a larger one).
 *
 * A conversation alternates user and assistant messages (a turn is one of each) over everyday topics — work,
 * pets, travel, food, family, hobbies, plans, health — with a recurring cast (a partner, coworkers, friends, a
 * boss, the neighbour's dog) whose names and numbers (times, prices, counts) are distractors. Into it go planted
 * facts (about one per three windows, each of a different kind), each stated once, in one user message of one
 * window: a pet's name and breed, a sibling's city, an allergy, a date, a flat number, a quiz score, a car, a
 * teacher's name… Filler talks about the same things in general ("the neighbour's dog barked all night", "my
 * sister sent me a meme") but never with a fact's values; later windows may name a fact's value again without
 * restating the fact ("Biscuit chewed through another charger cable"), as people do.
 *
 * Questions about each fact are phrased as users ask later: in other words than the statement, sharing only
 * its key term — the name, place or number, or the one word that names the thing ("what was my dog called
 * again?" after "big news, we got a dog! a tiny beagle we named Biscuit"). `keyTerms` lists what a question
 * shares with its statement; nothing else in it does (a test checks this). Some are typed all in lower case.
 * Some questions meet the statement only in another form of its key word (`match: 'variant'`: "what Japanese
 * dishes should I try?" after "we booked two weeks in Japan"), and a few share no word at all (`match: 'none'`:
 * "what is our pet called again?"), which is what lexical matching cannot do; both are meant to be reported
 * apart from the `exact` ones.
 *
 * Every full window of `windowSize` messages gets an extractive summary standing in for an LLM's: the window's
 * planted fact sentence (a summariser keeps what is new about the user), then the user sentences richest in
 * names and numbers not seen in earlier windows, kept in order, about 60–120 words. Messages of a trailing
 * partial window are not summarised, and facts are planted only in full windows.
 */

export interface SyntheticMessage {
  /** From 1. */
  seq: number;
  role: 'user' | 'assistant';
  content: string;
  /** Epoch ms, 90 s apart. */
  ts: number;
}

export interface SyntheticWindow {
  /** From 0. */
  index: number;
  /** Inclusive. */
  fromSeq: number;
  toSeq: number;
  summary: string;
  /** The last message's ts. */
  createdAt: number;
}

export interface PlantedFact {
  id: string;
  kind: string;
  /** The sentence that states it, inside the user message `seq`. */
  statement: string;
  seq: number;
  windowIndex: number;
  values: Readonly<Record<string, string>>;
}

export interface SyntheticQuestion {
  id: string;
  factId: string;
  kind: string;
  text: string;
  /** What the question shares with the statement (the fact's values or the naming word it uses). */
  keyTerms: string[];
  /**
   * How the question meets its statement: `exact`, sharing the key term word for word; `variant`, only in
   * another form of it ("Japanese" for "Japan", "allergic" for "allergy"); `none`, sharing no word at all (what a
   * lexical embedder cannot do).
   */
  match: 'exact' | 'variant' | 'none';
  /** The window whose summary holds the evidence. */
  evidenceWindow: number;
}

export interface SyntheticConversation {
  id: string;
  messages: SyntheticMessage[];
  windows: SyntheticWindow[];
  facts: PlantedFact[];
  questions: SyntheticQuestion[];
}

export interface GenerateOptions {
  count: number;
  /** Turns of one user and one assistant message each. */
  turnsPerConversation: number;
  /** Messages per summarised window. */
  windowSize: number;
  seed: number;
}

const BASE_TS = Date.UTC(2025, 0, 6, 8, 0, 0);
const MESSAGE_GAP_MS = 90_000;
const SUMMARY_MAX_WORDS = 120;
const SUMMARY_MIN_WORDS = 60;

// ------------------------------------------------------------------------------------------------ randomness

class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** mulberry32: uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** `n` distinct items (fewer if there are not that many). */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index--) {
      const other = Math.floor(this.next() * (index + 1));
      [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
    }
    return copy.slice(0, n);
  }
}

function conversationSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b9)) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// ------------------------------------------------------------------------------------------------ vocabulary

const words = (text: string): string[] => text.split(',').map((item) => item.trim());

const PEOPLE = words(
  'Ana, Priya, Tomasz, Keiko, Malik, Sofia, Dana, Ibrahim, Lucia, Noah, Freya, Mateo, Aisha, Oskar, Leila, Ravi, ' +
    'Chloe, Jonas, Mei, Omar, Ingrid, Diego, Hana, Felix, Zara, Emeka, Greta, Yusuf, Clara, Kenji, Nadia, Rafael, ' +
    'Elif, Arjun, Maeve, Bruno, Sienna, Tariq, Lena, Callum, Amara, Hugo, Rosa, Idris, Astrid, Marco, Yara, Ciaran, ' +
    'Bea, Luca, Imani, Soren, Nina, Pablo, Anya, Dev, Ines, Kofi, Maya, Theo, Farah, Niko, Esme, Raj, Lotte, Sami, ' +
    'Vera, Jude, Alma, Milo, Rhea, Axel, Layla, Otto, Carmen, Ezra, Noor, Viktor, Tess, Andre, Sana, Finn, Olga, ' +
    'Kai, Ruth, Leon, Tara, Emil, Gwen, Rohan, Petra, Ivo, Mina, Joel, Daria, Aiko, Bilal, Lara, Wren, Tobias',
);
const PET_NAMES = words(
  'Biscuit, Pickle, Mochi, Waffles, Pepper, Noodle, Clementine, Bramble, Toffee, Pretzel, Marble, Ziggy, ' +
    'Crumpet, Nugget, Maple, Tofu, Dumpling, Pippin, Sprout, Gizmo, Truffle, Basil, Custard, Pumpkin, Socks, ' +
    'Rocket, Scout, Luna, Ollie, Hazel, Frankie, Bowie, Miso, Nacho, Zelda, Ripley, Murphy, Pudding, Cinder, ' +
    'Domino, Pebble, Ginger, Boots, Hobbes, Ferris, Wonton, Falafel, Jellybean, Rolo, Chutney, Brioche, Marmite',
);
const CITIES = words(
  'Lisbon, Porto, Valencia, Bologna, Krakow, Gdansk, Ghent, Utrecht, Leipzig, Lyon, Bordeaux, Seville, Tallinn, ' +
    'Riga, Bergen, Aarhus, Gothenburg, Galway, Cork, Edinburgh, Glasgow, Bristol, Leeds, Cardiff, Belfast, ' +
    'Montreal, Halifax, Denver, Austin, Portland, Melbourne, Adelaide, Auckland, Wellington, Osaka, Busan, Taipei, ' +
    'Hanoi, Penang, Nairobi, Marrakesh, Tbilisi, Ljubljana, Zagreb, Trieste, Salzburg, Basel, Nantes, Turin, ' +
    'Malaga, Bilbao, Vilnius, Plovdiv, Brno, Graz, Innsbruck, Antwerp, Rotterdam, Hamburg',
);
const DESTINATIONS = words(
  'Japan, Peru, Iceland, Vietnam, Morocco, Norway, Sicily, Crete, Patagonia, Tasmania, Sri Lanka, Jordan, ' +
    'Madeira, the Azores, Oman, Chile, Colombia, Slovenia, Sardinia, Kerala, Bali, Namibia, Mexico, Albania, ' +
    'Montenegro, Lapland, Zanzibar, Tuscany, Mongolia, Cuba',
);
/** What people call things from there ("Japanese food"): the destination in another word form. */
const DEMONYMS: Readonly<Record<string, string>> = {
  Japan: 'Japanese',
  Peru: 'Peruvian',
  Iceland: 'Icelandic',
  Vietnam: 'Vietnamese',
  Morocco: 'Moroccan',
  Norway: 'Norwegian',
  Sicily: 'Sicilian',
  Crete: 'Cretan',
  Tasmania: 'Tasmanian',
  Jordan: 'Jordanian',
  Oman: 'Omani',
  Chile: 'Chilean',
  Colombia: 'Colombian',
  Slovenia: 'Slovenian',
  Sardinia: 'Sardinian',
  Bali: 'Balinese',
  Namibia: 'Namibian',
  Mexico: 'Mexican',
  Albania: 'Albanian',
  Montenegro: 'Montenegrin',
  Tuscany: 'Tuscan',
  Mongolia: 'Mongolian',
  Cuba: 'Cuban',
  'the Azores': 'Azorean',
  Patagonia: 'Patagonian',
};
const STREETS = words(
  'Harrow Road, Mill Lane, Elm Grove, Kingsway, Canal Street, Fenwick Avenue, Larch Close, Orchard Row, ' +
    'Bramley Road, Quayside, Wharf Street, Copper Lane, Beacon Hill, Station Parade, Ashdown Crescent, ' +
    'Victoria Terrace, Marlowe Street, Kestrel Drive, Tannery Lane, Rope Walk, Foundry Street, Sorrel Way, ' +
    'Chapel Row, Heron Quay, Linden Avenue, Granary Court, Weaver Street, Millbrook Road, Thistle Lane, ' +
    'Cobalt Street, Lantern Yard, Pelham Gardens, Osprey Court',
);
const COMPANIES = words(
  'Northwind, Brightline, Keystone Labs, Halcyon Health, Tidewater, Copperleaf, Lumen Logistics, ' +
    'Redwood Analytics, Bluefin, Orbital Foods, Quarry Studio, Meridian Bank, Fernhill Schools, Vantage Rail, ' +
    'Kettle Games, Ironbridge Legal, Summit Energy, Pinecone Media, Arclight, Sable Insurance, Verdant Farms, ' +
    'Nimbus Cloud, Granite Homes, Solstice Travel',
);
const ROLES = words(
  'data analyst, project manager, nurse practitioner, junior designer, sous chef, paralegal, account manager, ' +
    'lab technician, UX researcher, site engineer, copywriter, physiotherapist, QA tester, operations lead',
);
const INSTRUMENTS = words('cello, piano, violin, ukulele, saxophone, drums, trumpet, clarinet, banjo, harp, flute');
const ALLERGENS = words(
  'peanuts, shellfish, sesame, kiwi, cashews, mustard, celery, lupin, prawns, walnuts, almonds, soy, ' +
    'strawberries, hazelnuts, mango',
);
const EVENTS = words(
  'driving test, job interview, citizenship ceremony, dentist appointment, half marathon, visa interview, ' +
    'court hearing, thesis defence, first ultrasound, surgery consult',
);
const MONTHS = words(
  'January, February, March, April, May, June, July, August, September, October, November, December',
);
const WEEKDAYS = words('Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday');
const VENUES = words(
  'Hartwell Manor, the Old Boathouse, Ashcombe Barn, Kelston Hall, the Glasshouse, Rosemoor Gardens, ' +
    'Fairlight Mill, Larkspur Farm, Bellhaven Hotel, Wrenfield Abbey, the Corn Exchange, Dunmore Castle',
);
const RESTAURANTS = words(
  'Casa Lupita, the Golden Fig, Nonna Rosa, Bistro Margaux, Sakura House, Little Lagos, the Copper Pot, ' +
    'Taverna Nikos, Dosa Palace, Blue Door Ramen, El Faro, Kin Khao, the Salt Shed, Lighthouse Grill',
);
const DISHES = words(
  'lobster risotto, duck ragu, miso black cod, lamb tagine, truffle gnocchi, crab linguine, pork belly bao, ' +
    'mushroom pithivier, octopus carpaccio, saffron paella, chicken katsu, beef rendang',
);
const CARS = words(
  'Honda Jazz, Toyota Yaris, Skoda Octavia, Ford Fiesta, Mazda MX-5, Volvo V70, Kia Picanto, Fiat Panda, ' +
    'Renault Clio, Subaru Outback, Nissan Leaf, Peugeot 208, Dacia Duster, Mini Cooper',
);
const BREEDS: Readonly<Record<string, string[]>> = {
  dog: words('beagle, labrador, dachshund, whippet, spaniel, greyhound, schnauzer, corgi, collie, terrier, poodle'),
  cat: words('siamese, bengal, ragdoll, sphynx, persian, tabby, tortoiseshell'),
  rabbit: words('lop, lionhead, rex, angora'),
};
const QUIZZES = words('pub quiz, trivia night, charity quiz');
const SHOWS = words('Night Harbour, The Long Field, Salt and Stone, Paper Crowns, The Quiet Year, Ferryman');
const BOOKS = words('The Glass Orchard, Winter Tenants, A Map of Small Rooms, The Ninth Lantern');
const BANDS = words('The Hollow Pines, Velvet Static, Moth Parade, Lowtide, Copper Sun');
const CAFES = words('Bean There, the Daily Grind, Kettle Black, Crema, Two Spoons, the Book Nook');
const SHOPS = words('Lidl, Tesco, the corner shop, the garden centre, Boots, the market');
const FOODS = words('dumplings, tacos, curry, lasagne, sushi, pho, falafel wraps, fish and chips, ramen');

// ------------------------------------------------------------------------------------------------ facts

interface FactKind {
  kind: string;
  values(random: Random, taken: Set<string>): Record<string, string>;
  /** Placeholders {slot}; words in [brackets] are key words a question may share. */
  statements: string[];
  questions: string[];
  /**
   * Questions using another form of a statement's key word, marked <so> in the text; `needs` is the statement's
   * word or {slot} they vary.
   */
  variants: Array<{ text: string; needs: string }>;
  /** Questions sharing no word with any statement: beyond a lexical embedder, reported apart. */
  unanchored: string[];
  /** Later chatter that names the fact's key value again without restating the fact (a distractor). */
  followUps: string[];
}

/** A value not used elsewhere in the conversation (so a fact's values appear in its statement only). */
function fresh(random: Random, items: readonly string[], taken: Set<string>): string {
  const free = items.filter((item) => !taken.has(item));
  const value = random.pick(free.length > 0 ? free : items);
  taken.add(value);
  return value;
}

const ORDINALS = (day: number): string => {
  const tens = day % 100;
  if (tens >= 11 && tens <= 13) return `${day}th`;
  return `${day}${['th', 'st', 'nd', 'rd'][day % 10] ?? 'th'}`;
};

const FACT_KINDS: FactKind[] = [
  {
    kind: 'pet',
    values(random, taken) {
      const species = random.pick(['dog', 'dog', 'cat', 'rabbit']);
      return {
        species,
        breed: fresh(random, BREEDS[species] as string[], taken),
        pet: fresh(random, PET_NAMES, taken),
      };
    },
    statements: [
      'we finally adopted a {breed} from the rescue centre and named him {pet}',
      'big news, we got a [{species}]! a tiny {breed} we named {pet}',
      'the shelter let us bring the {breed} home and the kids chose {pet}',
    ],
    questions: [
      '{pet} keeps chewing the sofa cushions, any tips?',
      'how much exercise does {pet} need every day?',
      'what was my {species} called again?',
      'is a {breed} a good fit for a small apartment?',
      'should I get pet insurance for {pet}?',
    ],
    variants: [],
    unanchored: ['what is our pet called again?', 'what breed did we end up with?'],
    followUps: [
      '{pet} chewed through another charger cable',
      'took {pet} to the park and he sniffed every single tree',
    ],
  },
  {
    kind: 'sibling',
    values: (random, taken) => ({
      sibling: random.pick(['sister', 'brother']),
      sib: fresh(random, PEOPLE, taken),
      city: fresh(random, CITIES, taken),
    }),
    statements: [
      'my [{sibling}] {sib} moved to {city} last month for a nursing job',
      '{sib}, my older [{sibling}], just bought a flat in {city}',
    ],
    questions: [
      'I might visit {city} in the spring, is it nice then?',
      'which airport is closest to {city}?',
      'where does my {sibling} live now, remind me?',
      'what could I send {sib} as a housewarming present?',
    ],
    variants: [],
    unanchored: ['where does my sibling live these days?'],
    followUps: ['{sib} called for ages, sounds like things are going well', 'video call with {sib} tonight'],
  },
  {
    kind: 'allergy',
    values: (random, taken) => ({ allergen: fresh(random, ALLERGENS, taken) }),
    statements: [
      'found out the hard way that I am [allergic] to {allergen}, my lips swelled up at dinner',
      'the doctor confirmed it, a {allergen} [allergy], so I have to carry an epipen now',
    ],
    questions: [
      'does pad thai usually have {allergen} in it?',
      'can you suggest a dessert with no {allergen}?',
      'what was I [allergic] to again?',
      'which snacks are safe with my [allergy]?',
    ],
    variants: [
      { text: 'what was I <allergic> to again?', needs: 'allergy' },
      { text: 'which snacks are safe with my <allergies>?', needs: 'allergic' },
    ],
    unanchored: ['which food makes me ill again?'],
    followUps: [],
  },
  {
    kind: 'date',
    values(random, taken) {
      const day = random.int(1, 28);
      return {
        event: fresh(random, EVENTS, taken),
        month: random.pick(MONTHS),
        day: String(day),
        ordinal: ORDINALS(day),
      };
    },
    statements: [
      'my {event} is booked for the {ordinal} of {month}, fingers crossed',
      'got a date for the {event} at last: {month} {day}',
    ],
    questions: [
      'is {month} {day} a weekday this year?',
      'what do I need to bring to the {event}?',
      'remind me what is happening on the {ordinal} of {month}?',
    ],
    variants: [],
    unanchored: ['when is that big day of mine?'],
    followUps: ['so nervous about the {event}'],
  },
  {
    kind: 'address',
    values: (random, taken) => ({ flat: String(random.int(3, 240)), street: fresh(random, STREETS, taken) }),
    statements: [
      'we got the keys to [flat] {flat} on {street} today',
      'the new address is number {flat}, {street}, top floor',
    ],
    questions: [
      'the courier says there is no {flat} there, did I get it wrong?',
      'any good cafes near {street}?',
      'is parking around {street} a nightmare?',
      'what was the [flat] number again?',
    ],
    variants: [],
    unanchored: ['where exactly do we live now?'],
    followUps: ['the neighbours on {street} are planning a summer party'],
  },
  {
    kind: 'quiz',
    values: (random, taken) => ({ quiz: fresh(random, QUIZZES, taken), points: String(random.int(31, 97)) }),
    statements: ['our team won the {quiz} on thursday with {points} points'],
    questions: ['is {points} a decent total for four people?', 'how did we do at the {quiz} again?'],
    variants: [],
    unanchored: ['what was our score?'],
    followUps: ['the {quiz} is on again next week, we are defending the title'],
  },
  {
    kind: 'bowling',
    values: (random) => ({ score: String(random.int(151, 279)) }),
    statements: ['I bowled a {score} at the [league] last night, personal record'],
    questions: ['is {score} good for an amateur?', 'what was my best [league] game?'],
    variants: [],
    unanchored: [],
    followUps: [],
  },
  {
    kind: 'wedding',
    values: (random, taken) => ({
      friend: fresh(random, PEOPLE, taken),
      venue: fresh(random, VENUES, taken),
      month: random.pick(MONTHS),
    }),
    statements: [
      'my best friend {friend} is getting married at {venue} in {month}',
      '{friend} asked me to be a witness at the [wedding], it is at {venue}',
    ],
    questions: [
      'what should I buy {friend} as a gift?',
      'how do I get to {venue} without a car?',
      'what is the dress code for a summer [wedding]?',
    ],
    variants: [],
    unanchored: ['whose big day is coming up?'],
    followUps: ['{friend} sent me a voice note at midnight again', 'grabbed coffee with {friend}, we laughed so much'],
  },
  {
    kind: 'job',
    values: (random, taken) => ({ company: fresh(random, COMPANIES, taken), role: random.pick(ROLES) }),
    statements: ['I accepted the offer from {company}, starting as a {role} in two weeks'],
    questions: [
      'how do I ask for a raise at {company} after six months?',
      'what does a {role} do day to day?',
      'is it normal to feel nervous before day one at {company}?',
    ],
    variants: [],
    unanchored: ['where am I going to be working?'],
    followUps: ['so much paperwork from {company} this week'],
  },
  {
    kind: 'lessons',
    values: (random, taken) => ({
      instrument: fresh(random, INSTRUMENTS, taken),
      teacher: fresh(random, PEOPLE, taken),
    }),
    statements: [
      '{instrument} [lessons] started this week, my teacher {teacher} is very patient',
      'I found a {instrument} tutor, {teacher}, who comes round on wednesdays',
    ],
    questions: [
      'how long until I can play a real song on the {instrument}?',
      'should I get {teacher} something at the end of term?',
      'how often should I practise between [lessons]?',
    ],
    variants: [{ text: 'how much does <tutoring> usually cost per hour?', needs: 'tutor' }],
    unanchored: ['who teaches me music?'],
    followUps: ['{teacher} was off sick so no music this week', 'practised the {instrument} for an hour tonight'],
  },
  {
    kind: 'trip',
    values(random, taken) {
      const destination = fresh(random, DESTINATIONS, taken);
      const demonym = DEMONYMS[destination];
      return { destination, month: random.pick(MONTHS), ...(demonym ? { demonym } : {}) };
    },
    statements: [
      'we booked two weeks in {destination} for {month}',
      '{destination} in {month} is officially happening',
    ],
    questions: ['what should I pack for {destination}?', 'do I need a visa for {destination}?'],
    variants: [
      { text: 'what {demonym} dishes should I try?', needs: '{destination}' },
      { text: 'should I learn a few {demonym} phrases before we go?', needs: '{destination}' },
    ],
    unanchored: ['where are we going on holiday?'],
    followUps: ['counting down the days until {destination}'],
  },
  {
    kind: 'kid',
    values: (random, taken) => ({ kid: fresh(random, PEOPLE, taken), age: String(random.int(4, 12)) }),
    statements: ['{kid} turns {age} on saturday, we are planning a pirate party'],
    questions: ['any present ideas for {kid}?', 'what games work for a group of {age} year olds?'],
    variants: [],
    unanchored: ['how old is my little one turning?'],
    followUps: ['{kid} lost a tooth today and is very proud', '{kid} refused to eat anything green at dinner'],
  },
  {
    kind: 'car',
    values(random, taken) {
      const car = fresh(random, CARS, taken);
      const [make, ...model] = car.split(' ');
      return { make: make as string, model: model.join(' '), year: String(random.int(2006, 2019)) };
    },
    statements: ['I finally bought a used {make} {model}, a {year} one in dark blue'],
    questions: [
      'my {model} makes a rattling noise when braking, what could it be?',
      'is a {year} model too old for a long road trip?',
      'how often should I service a {make}?',
    ],
    variants: [],
    unanchored: ['what did I end up driving home from the dealer?'],
    followUps: ['the {model} needed new tyres already'],
  },
  {
    kind: 'deadlift',
    values: (random) => ({ kilos: String(random.int(60, 190)) }),
    statements: ['hit a new [deadlift] record at the gym today, {kilos} kilos'],
    questions: ['is {kilos} kg impressive after a year of training?', 'how do I get past a [deadlift] plateau?'],
    variants: [{ text: 'is <deadlifting> twice a week too much?', needs: 'deadlift' }],
    unanchored: ['what is my heaviest lift so far?'],
    followUps: [],
  },
  {
    kind: 'restaurant',
    values: (random, taken) => ({ restaurant: fresh(random, RESTAURANTS, taken), dish: fresh(random, DISHES, taken) }),
    statements: ['we had our anniversary dinner at {restaurant}, their {dish} was unreal'],
    questions: ['is {restaurant} open on sundays?', 'where did we eat that amazing {dish}?'],
    variants: [],
    unanchored: ['which place did we celebrate at?'],
    followUps: ['walked past {restaurant} and it was packed'],
  },
];

// ------------------------------------------------------------------------------------------------ filler

interface Cast {
  partner: string;
  boss: string;
  coworkers: string[];
  friends: string[];
  neighbourDog: string;
  cafe: string;
  cities: string[];
  destinations: string[];
  breeds: string[];
}

const TOPICS: Readonly<Record<string, string[]>> = {
  work: [
    'work was exhausting today, {coworker} and I were stuck in meetings until {time}',
    '{boss} wants the quarterly report by {weekday}, no pressure',
    'I finally fixed the spreadsheet bug that has been haunting me all week',
    'the office coffee machine broke again so everyone went to {cafe}',
    '{coworker} brought in homemade brownies for the whole team',
    'I have {count} unread emails and zero motivation',
    'we had a fire drill in the middle of my presentation',
    'thinking about asking for more flexible hours',
    'my commute took ages because the trains were cancelled',
    '{coworker} is leaving at the end of the month, I will miss working with them',
    'the new manager keeps scheduling calls at {time} in the morning',
    'got some nice feedback on my project from {boss} today',
    'spent the whole afternoon on a call with a difficult client',
  ],
  pets: [
    "the neighbour's dog {neighbourDog} barked all night again",
    'saw the fluffiest cat sitting in the window of {shop}',
    '{friend} is thinking of getting a puppy',
    'a {breed} tried to steal my sandwich at the park',
    'pet food prices have gone up so much lately',
    'the vet near us is closing down, which is annoying for everyone with animals',
    "{friend}'s cat had kittens and they are trying to find homes for them",
    'I watched a documentary about rescue dogs and cried',
    'there was a {breed} at the cafe wearing a little raincoat',
  ],
  travel: [
    'I keep looking at flights to {destination} even though I cannot afford it',
    '{friend} just got back from {city} and showed me a million photos',
    'the airport queue last time was {count} minutes long',
    'we might do a weekend away in {city} at some point',
    'I need a new suitcase, the wheel fell off mine',
    'train tickets to the coast cost {count} pounds now, ridiculous',
    'I love planning trips more than actually going on them',
    '{partner} wants a beach holiday, I want mountains',
  ],
  food: [
    'made a massive batch of chili, we will be eating it for days',
    'tried a new ramen place in town, it was fine',
    'I burnt the rice again, no idea how',
    '{partner} made pancakes for breakfast',
    'we ordered pizza because nobody could be bothered to cook',
    'I am trying to eat more vegetables this month',
    'the bakery on the corner sells the best sourdough',
    '{friend} is doing a cooking class and keeps sending me pictures',
    'spent {count} pounds on groceries and somehow there is nothing to eat',
    'craving {food} for some reason',
  ],
  family: [
    'mum called for an hour, mostly about the garden',
    'my dad is finally learning to use his phone properly',
    'my sister sent me a meme at {time} in the morning',
    'my brother borrowed my drill and never gave it back',
    'the family group chat has been chaos all day',
    'we are having a big family lunch on {weekday}',
    'my cousin is expecting a baby in {month}',
    "grandma's birthday is coming up, no idea what to get her",
    'my nephew is obsessed with dinosaurs at the moment',
    'the kids were a nightmare at bedtime tonight',
  ],
  hobbies: [
    'went climbing with {friend} and my arms are dead',
    'started a new puzzle, {count}00 pieces, what was I thinking',
    'I have been sketching a bit in the evenings',
    'my sourdough starter died, rest in peace',
    'finished reading {book}, the ending was wild',
    'watched three episodes of {show} back to back',
    '{band} announced a tour and the tickets sold out in minutes',
    'I want to get back into running, maybe a 5k',
    'signed up for a pottery class on {weekday} evenings',
    'the garden is finally looking good, the tomatoes are coming in',
    'lost {count} games of chess online in a row',
  ],
  plans: [
    'this weekend I just want to sleep',
    'we are thinking of repainting the living room green',
    '{friend} wants to go to a gig on {weekday}',
    'I need to book a dentist check up at some point',
    'I should really sort out my taxes before {month}',
    'planning a picnic if the weather holds',
    'I want to learn Spanish this year, for real this time',
    'maybe I will finally clear out the garage on {weekday}',
    '{partner} and I keep talking about moving somewhere bigger',
  ],
  health: [
    'it has been raining non stop for {count} days',
    'I think I am coming down with a cold',
    'slept terribly, the neighbours had a party until {time}',
    'did a yoga video this morning and felt great',
    'my back has been aching since the gym on {weekday}',
    'it is so hot I cannot think',
    'the heating broke and the landlord is ignoring me',
    'went for a long walk by the river, needed that',
  ],
};
const TOPIC_NAMES = Object.keys(TOPICS);

const SMALL_TALK = words(
  'anyway how are you, what do you think, haha yeah, honestly I do not know, that is fair, ' +
    'you always know what to say, sorry for rambling, long day, lol',
);

const REPLIES = [
  'That sounds like a lot. How are you feeling about it?',
  'Oh, I love that! Tell me more.',
  'Ugh, that is annoying. Do you want to vent?',
  'Haha, classic. What happened next?',
  'That is really sweet.',
  'I am here for it. What is the plan?',
  'Fair enough! Sometimes that is all you can do.',
  'Aw, I am sorry. That cannot be easy.',
  'Good for you, honestly.',
  'Hmm, what would make it easier?',
  'You deserve a proper rest after that.',
  'I always like hearing about your day.',
];

const FACT_REPLIES = [
  'Oh wow, that is big news! I will remember that.',
  'Noted! Thank you for telling me.',
  'That is exciting. How do you feel about it?',
];

const QUESTION_OPENERS = ['', '', '', 'hey, ', 'random question: ', 'quick thing, ', 'sorry, '];

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template
    .replace(/\{(\w+)\}/g, (_, slot: string) => values[slot] ?? slot)
    .replace(/\[([^\]]+)\]|<([^>]+)>/g, (_, key?: string, variant?: string) => key ?? variant ?? '');
}

/** A filler sentence on the topic, from a template not used yet in this window (`used`) when there is one. */
function fillerSentence(random: Random, topic: string, cast: Cast, used: Set<string>): string {
  const values: Record<string, string> = {
    partner: cast.partner,
    boss: cast.boss,
    coworker: random.pick(cast.coworkers),
    friend: random.pick(cast.friends),
    neighbourDog: cast.neighbourDog,
    cafe: cast.cafe,
    city: random.pick(cast.cities),
    destination: random.pick(cast.destinations),
    breed: random.pick(cast.breeds),
    shop: random.pick(SHOPS),
    show: random.pick(SHOWS),
    book: random.pick(BOOKS),
    band: random.pick(BANDS),
    food: random.pick(FOODS),
    weekday: random.pick(WEEKDAYS),
    month: random.pick(MONTHS),
    time: String(random.int(5, 11)),
    count: String(random.int(2, 60)),
  };
  const templates = TOPICS[topic] as string[];
  const unused = templates.filter((template) => !used.has(template));
  const template = random.pick(unused.length > 0 ? unused : templates);
  used.add(template);
  return fill(template, values);
}

/** A sentence as a user types it: sometimes capitalised, ending in a full stop, "!" or nothing. */
function typed(random: Random, sentence: string): string {
  const text = random.chance(0.6) ? sentence.charAt(0).toUpperCase() + sentence.slice(1) : sentence;
  return text + random.pick(['.', '.', '.', '!', '']);
}

// ------------------------------------------------------------------------------------------------ summaries

interface UserSentence {
  text: string;
  fact: boolean;
}

const ENTITY = /(?<=\S\s+)\p{Lu}[\p{L}'-]*|\p{N}+/gu;

function entitiesOf(sentence: string): string[] {
  return [...sentence.matchAll(ENTITY)].map((match) => match[0].toLowerCase()).filter((entity) => entity !== 'i');
}

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** The window's extractive summary (see the file header); `seen` collects entities across windows. */
function summarise(sentences: UserSentence[], seen: Set<string>): string {
  const scored = sentences.map((sentence, position) => {
    const entities = entitiesOf(sentence.text);
    const novel = new Set(entities.filter((entity) => !seen.has(entity))).size;
    const score = sentence.fact ? 1_000 : novel * 3 + entities.length + (countWords(sentence.text) >= 6 ? 0.5 : 0);
    return { ...sentence, position, score, words: countWords(sentence.text) };
  });
  const chosen = new Set<number>();
  let total = 0;
  for (const sentence of [...scored].sort((a, b) => b.score - a.score || a.position - b.position)) {
    if (sentence.score <= 0.5 && total >= SUMMARY_MIN_WORDS) break;
    if (total + sentence.words > SUMMARY_MAX_WORDS && !sentence.fact) continue;
    chosen.add(sentence.position);
    total += sentence.words;
  }
  for (const sentence of scored) for (const entity of entitiesOf(sentence.text)) seen.add(entity);
  return scored
    .filter((sentence) => chosen.has(sentence.position))
    .map((sentence) => {
      const text = sentence.text.trim();
      return /[.!?]$/.test(text) ? text : `${text}.`;
    })
    .join(' ');
}

// ------------------------------------------------------------------------------------------------ generation

function buildCast(random: Random, taken: Set<string>): Cast {
  const people = PEOPLE.filter((name) => !taken.has(name));
  const [partner, boss, ...rest] = random.sample(people, 8) as [string, string, ...string[]];
  const petNames = PET_NAMES.filter((name) => !taken.has(name));
  return {
    partner,
    boss,
    coworkers: rest.slice(0, 3),
    friends: rest.slice(3, 6),
    neighbourDog: random.pick(petNames),
    cafe: random.pick(CAFES),
    cities: random.sample(
      CITIES.filter((city) => !taken.has(city)),
      6,
    ),
    destinations: random.sample(
      DESTINATIONS.filter((place) => !taken.has(place)),
      4,
    ),
    breeds: Object.values(BREEDS)
      .flat()
      .filter((breed) => !taken.has(breed)),
  };
}

/** Slots and [key words] a template mentions. */
function keysOf(template: string): { slots: string[]; literals: string[] } {
  return {
    slots: [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string),
    literals: [...template.matchAll(/\[([^\]{}]+)\]/g)].map((match) => match[1] as string),
  };
}

/** A question template fits a statement template when every slot and key word it uses appears in it. */
function fits(question: string, statement: string): boolean {
  const asked = keysOf(question);
  const stated = keysOf(statement);
  const statedWords = new Set(statement.replace(/\{\w+\}/g, ' ').split(/[^\w]+/));
  return (
    asked.slots.every((slot) => stated.slots.includes(slot)) &&
    asked.literals.every((literal) => statedWords.has(literal))
  );
}

/** A variant question fits when the statement has the word or {slot} it varies and the values it needs exist. */
function variantFits(
  variant: { text: string; needs: string },
  statement: string,
  values: Readonly<Record<string, string>>,
): boolean {
  const slot = /^\{(\w+)\}$/.exec(variant.needs)?.[1];
  const stated = slot
    ? keysOf(statement).slots.includes(slot)
    : statement
        .replace(/\{\w+\}/g, ' ')
        .split(/[^\w]+/)
        .includes(variant.needs);
  return stated && keysOf(variant.text).slots.every((name) => values[name] !== undefined);
}

/** A random user message of a window (user messages have odd seq). */
function userSeqIn(random: Random, windowIndex: number, windowSize: number): number {
  const start = windowIndex * windowSize + 1;
  const first = start % 2 === 1 ? start : start + 1;
  const last = (windowIndex + 1) * windowSize;
  return first + 2 * random.int(0, Math.floor((last - first) / 2));
}

/** As people type a question: mostly capitalised, sometimes all lower case. */
function capitalise(random: Random, text: string): string {
  return random.chance(0.2) ? text.toLowerCase() : text.charAt(0).toUpperCase() + text.slice(1);
}

function generateConversation(index: number, options: GenerateOptions): SyntheticConversation {
  const random = new Random(conversationSeed(options.seed, index));
  const id = `conv-${String(index + 1).padStart(4, '0')}`;
  const messageCount = options.turnsPerConversation * 2;
  const windowCount = Math.floor(messageCount / options.windowSize);

  const taken = new Set<string>();
  const factCount = Math.min(FACT_KINDS.length, windowCount, Math.max(1, Math.floor(windowCount / 3)));
  const kinds = random.sample(FACT_KINDS, factCount);
  const factWindows = random.sample(
    Array.from({ length: windowCount }, (_, window) => window),
    factCount,
  );
  const planned = kinds.map((kind, position) => {
    const windowIndex = factWindows[position] as number;
    const statement = random.pick(kind.statements);
    const values = kind.values(random, taken);
    return { kind, statement, values, windowIndex, seq: userSeqIn(random, windowIndex, options.windowSize) };
  });
  const factAt = new Map(planned.map((fact) => [fact.seq, fact]));
  // Later mentions of a fact's values, in windows after its own.
  const followUps = new Map<number, string[]>();
  for (const fact of planned) {
    if (fact.kind.followUps.length === 0 || fact.windowIndex >= windowCount - 1) continue;
    for (let mention = random.pick([0, 1, 1, 2]); mention > 0; mention--) {
      const seq = userSeqIn(random, random.int(fact.windowIndex + 1, windowCount - 1), options.windowSize);
      followUps.set(seq, [...(followUps.get(seq) ?? []), fill(random.pick(fact.kind.followUps), fact.values)]);
    }
  }
  const cast = buildCast(random, taken);

  const messages: SyntheticMessage[] = [];
  const sentencesByWindow: UserSentence[][] = Array.from({ length: windowCount }, () => []);
  const facts: PlantedFact[] = [];
  const usedTemplates = new Set<string>();
  let topic = random.pick(TOPIC_NAMES);
  let topicTurnsLeft = random.int(2, 6);
  for (let seq = 1; seq <= messageCount; seq++) {
    const ts = BASE_TS + seq * MESSAGE_GAP_MS;
    const windowIndex = Math.floor((seq - 1) / options.windowSize);
    if ((seq - 1) % options.windowSize === 0) usedTemplates.clear();
    if (seq % 2 === 0) {
      const afterFact = factAt.has(seq - 1);
      messages.push({ seq, role: 'assistant', content: random.pick(afterFact ? FACT_REPLIES : REPLIES), ts });
      continue;
    }
    if (topicTurnsLeft-- <= 0) {
      topic = random.pick(TOPIC_NAMES);
      topicTurnsLeft = random.int(2, 6);
    }
    const sentences: UserSentence[] = [];
    const fact = factAt.get(seq);
    if (fact) {
      const statement = fill(fact.statement, fact.values);
      sentences.push({ text: typed(random, statement), fact: true });
      facts.push({
        id: `${id}-fact-${facts.length + 1}`,
        kind: fact.kind.kind,
        statement,
        seq,
        windowIndex,
        values: fact.values,
      });
      if (random.chance(0.4))
        sentences.push({ text: typed(random, fillerSentence(random, topic, cast, usedTemplates)), fact: false });
    } else {
      const count = random.pick([1, 1, 2, 2, 3]);
      for (let sentence = 0; sentence < count; sentence++) {
        sentences.push({ text: typed(random, fillerSentence(random, topic, cast, usedTemplates)), fact: false });
      }
      if (random.chance(0.25)) sentences.push({ text: typed(random, random.pick(SMALL_TALK)), fact: false });
    }
    for (const mention of followUps.get(seq) ?? []) sentences.push({ text: typed(random, mention), fact: false });
    messages.push({ seq, role: 'user', content: sentences.map((sentence) => sentence.text).join(' '), ts });
    if (windowIndex < windowCount) sentencesByWindow[windowIndex]?.push(...sentences);
  }

  const seen = new Set<string>();
  const windows: SyntheticWindow[] = sentencesByWindow.map((sentences, window) => {
    const toSeq = (window + 1) * options.windowSize;
    return {
      index: window,
      fromSeq: window * options.windowSize + 1,
      toSeq,
      summary: summarise(sentences, seen),
      createdAt: BASE_TS + toSeq * MESSAGE_GAP_MS,
    };
  });

  const questions: SyntheticQuestion[] = [];
  const plantedAt = new Map(facts.map((fact) => [fact.seq, fact]));
  for (const fact of planned) {
    const planted = plantedAt.get(fact.seq) as PlantedFact;
    const fitting = fact.kind.questions.filter((question) => fits(question, fact.statement));
    for (const template of random.sample(fitting, random.pick([1, 2, 2]))) {
      const keys = keysOf(template);
      const text = capitalise(random, random.pick(QUESTION_OPENERS) + fill(template, fact.values));
      questions.push({
        id: `${planted.id}-q${questions.filter((question) => question.factId === planted.id).length + 1}`,
        factId: planted.id,
        kind: planted.kind,
        text,
        keyTerms: [...keys.slots.map((slot) => fact.values[slot] as string), ...keys.literals],
        match: 'exact',
        evidenceWindow: planted.windowIndex,
      });
    }
    const variants = fact.kind.variants.filter((variant) => variantFits(variant, fact.statement, fact.values));
    if (variants.length > 0 && random.chance(0.4)) {
      const variant = random.pick(variants);
      questions.push({
        id: `${planted.id}-v1`,
        factId: planted.id,
        kind: planted.kind,
        text: capitalise(random, random.pick(QUESTION_OPENERS) + fill(variant.text, fact.values)),
        keyTerms: [
          ...keysOf(variant.text).slots.map((slot) => fact.values[slot] as string),
          ...[...variant.text.matchAll(/<([^>]+)>/g)].map((match) => match[1] as string),
        ],
        match: 'variant',
        evidenceWindow: planted.windowIndex,
      });
    }
    if (fact.kind.unanchored.length > 0 && random.chance(0.25)) {
      questions.push({
        id: `${planted.id}-u1`,
        factId: planted.id,
        kind: planted.kind,
        text: capitalise(random, random.pick(fact.kind.unanchored)),
        keyTerms: [],
        match: 'none',
        evidenceWindow: planted.windowIndex,
      });
    }
  }
  return { id, messages, windows, facts, questions };
}

/**
 * Deterministic synthetic conversations with planted facts, window summaries and questions (see the header).
 * @example const [first] = generateConversations({ count: 1, turnsPerConversation: 400, windowSize: 20, seed: 7 })
 */
export function generateConversations(options: GenerateOptions): SyntheticConversation[] {
  if (!Number.isInteger(options.windowSize) || options.windowSize < 2) {
    throw new RangeError(`windowSize must be an integer ≥ 2, not ${options.windowSize}`);
  }
  if (!Number.isInteger(options.turnsPerConversation) || options.turnsPerConversation * 2 < options.windowSize) {
    throw new RangeError('turnsPerConversation must give at least one full window');
  }
  return Array.from({ length: options.count }, (_, index) => generateConversation(index, options));
}
