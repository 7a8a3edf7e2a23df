/**
 * Countries the candidates live in, with cities, IANA zones, standard-time UTC offsets (used to
 * turn local office hours into the schema's UTC active hours), phone plans and street names.
 * Phone patterns use the ranges reserved for fiction where a country has one (US/CA 555-01xx,
 * UK 07700 900xxx, AU 0491 570xxx); elsewhere the digits are random. `#` is a random digit.
 */
export interface City {
  name: string;
  zone: string;
  offset: number;
  /** US and Canadian area codes, so a number looks local to its city. */
  areaCodes?: readonly string[];
  /** Streets of this city, where the country's list would put a street in the wrong town. */
  streets?: readonly string[];
  /** A postal pattern of this city (US ZIP prefixes), overriding the country's. */
  postal?: string;
}

export interface Country {
  code: string;
  name: string;
  mobile: string;
  cities: readonly City[];
  streets: readonly string[];
  postal: string;
  /** Countries that write bank accounts as IBANs. */
  iban: boolean;
}

const c = (name: string, zone: string, offset: number, areaCodes?: string[], streets?: string[]): City => ({
  name,
  zone,
  offset,
  areaCodes,
  streets,
});
const us = (name: string, zone: string, offset: number, areaCodes: string[], postal: string): City => ({
  ...c(name, zone, offset, areaCodes),
  postal,
});
const s = (name: string, zone: string, offset: number, ...streets: string[]): City =>
  c(name, zone, offset, undefined, streets);

export const COUNTRIES: Record<string, Country> = {
  US: {
    code: "US",
    name: "United States",
    mobile: "+1 AAA 555 01##",
    postal: "#####",
    iban: false,
    cities: [
      us("New York, NY", "America/New_York", -5, ["212", "718", "917"], "100##"),
      us("Chicago, IL", "America/Chicago", -6, ["312", "773"], "606##"),
      us("Denver, CO", "America/Denver", -7, ["303", "720"], "802##"),
      us("Seattle, WA", "America/Los_Angeles", -8, ["206", "425"], "981##"),
      us("Austin, TX", "America/Chicago", -6, ["512", "737"], "787##"),
      us("Atlanta, GA", "America/New_York", -5, ["404", "678"], "303##"),
      us("Phoenix, AZ", "America/Phoenix", -7, ["602", "480"], "850##"),
      us("San Jose, CA", "America/Los_Angeles", -8, ["408", "669"], "951##"),
      us("Raleigh, NC", "America/New_York", -5, ["919", "984"], "276##"),
      us("Columbus, OH", "America/New_York", -5, ["614", "380"], "432##"),
    ],
    streets: [
      "Maple Avenue",
      "Oak Street",
      "Lakeview Drive",
      "Cedar Lane",
      "Pine Ridge Road",
      "Elm Court",
      "Willow Way",
      "Hillcrest Boulevard",
    ],
  },
  CA: {
    code: "CA",
    name: "Canada",
    mobile: "+1 AAA 555 01##",
    postal: "A#A #A#",
    iban: false,
    cities: [
      c("Toronto, ON", "America/Toronto", -5, ["416", "647"]),
      c("Vancouver, BC", "America/Vancouver", -8, ["604", "778"]),
      c("Montreal, QC", "America/Toronto", -5, ["514", "438"]),
      c("Calgary, AB", "America/Edmonton", -7, ["403", "587"]),
    ],
    streets: ["Queen Street West", "Birch Crescent", "Harbour Road", "Sherbrooke Avenue", "Spruce Drive"],
  },
  GB: {
    code: "GB",
    name: "United Kingdom",
    mobile: "+44 7700 900###",
    postal: "AA# #AA",
    iban: true,
    cities: [
      c("London", "Europe/London", 0),
      c("Manchester", "Europe/London", 0),
      c("Edinburgh", "Europe/London", 0),
      c("Bristol", "Europe/London", 0),
    ],
    streets: ["Victoria Road", "Station Lane", "Mill Close", "Church Street", "Albert Terrace", "Kingsway"],
  },
  AU: {
    code: "AU",
    name: "Australia",
    mobile: "+61 491 570 ###",
    postal: "####",
    iban: false,
    cities: [
      c("Sydney", "Australia/Sydney", 10),
      c("Melbourne", "Australia/Melbourne", 10),
      c("Brisbane", "Australia/Brisbane", 10),
      c("Perth", "Australia/Perth", 8),
    ],
    streets: ["Banksia Street", "Wattle Avenue", "Ocean Parade", "Gum Tree Close", "Harbour View Road"],
  },
  KR: {
    code: "KR",
    name: "South Korea",
    mobile: "+82 10 #### ####",
    postal: "#####",
    iban: false,
    cities: [
      s("Seoul", "Asia/Seoul", 9, "Teheran-ro", "Gangnam-daero", "Mapo-daero"),
      s("Busan", "Asia/Seoul", 9, "Haeundae-ro", "Jungang-daero"),
      s("Incheon", "Asia/Seoul", 9, "Songdo-gwahak-ro", "Art center-daero"),
      s("Daejeon", "Asia/Seoul", 9, "Dunsan-ro", "Daehak-ro"),
    ],
    streets: ["Teheran-ro", "Gangnam-daero", "Haeundae-ro", "Dunsan-ro", "Songdo-dong-ro"],
  },
  JP: {
    code: "JP",
    name: "Japan",
    mobile: "+81 90 #### ####",
    postal: "###-####",
    iban: false,
    cities: [
      s("Tokyo", "Asia/Tokyo", 9, "Nishi-Shinjuku", "Shibaura", "Ebisu"),
      s("Osaka", "Asia/Tokyo", 9, "Umeda", "Namba"),
      s("Fukuoka", "Asia/Tokyo", 9, "Tenjin", "Hakata-ekimae"),
      s("Sapporo", "Asia/Tokyo", 9, "Kita-Sanjo Nishi", "Odori Nishi"),
    ],
    streets: ["Shibaura", "Nishi-Shinjuku", "Umeda", "Tenjin", "Kita-Sanjo"],
  },
  CN: {
    code: "CN",
    name: "China",
    mobile: "+86 139 #### ####",
    postal: "######",
    iban: false,
    cities: [
      s("Shanghai", "Asia/Shanghai", 8, "Zhangjiang Road", "Huaihai Road"),
      s("Shenzhen", "Asia/Shanghai", 8, "Keyuan Road", "Shennan Avenue"),
      s("Beijing", "Asia/Shanghai", 8, "Zhongguancun Street", "Chaoyang North Road"),
      s("Hangzhou", "Asia/Shanghai", 8, "Wensan Road", "Jiangnan Avenue"),
    ],
    streets: ["Zhangjiang Road", "Keyuan Road", "Zhongguancun Street", "Wensan Road", "Huaihai Road"],
  },
  SG: {
    code: "SG",
    name: "Singapore",
    mobile: "+65 9### ####",
    postal: "######",
    iban: false,
    cities: [c("Singapore", "Asia/Singapore", 8)],
    streets: [
      "Tampines Avenue",
      "Jurong West Street",
      "Bukit Timah Road",
      "Toa Payoh Lorong",
      "Clementi Avenue",
    ],
  },
  VN: {
    code: "VN",
    name: "Vietnam",
    mobile: "+84 91 ### ####",
    postal: "######",
    iban: false,
    cities: [
      c("Ho Chi Minh City", "Asia/Ho_Chi_Minh", 7),
      c("Hanoi", "Asia/Ho_Chi_Minh", 7),
      c("Da Nang", "Asia/Ho_Chi_Minh", 7),
    ],
    streets: ["Nguyen Hue", "Le Loi", "Tran Hung Dao", "Hai Ba Trung", "Bach Dang"],
  },
  IN: {
    code: "IN",
    name: "India",
    mobile: "+91 98### #####",
    postal: "######",
    iban: false,
    cities: [
      s("Bengaluru", "Asia/Kolkata", 5.5, "Koramangala 5th Block", "HSR Layout Sector 2", "MG Road"),
      s("Pune", "Asia/Kolkata", 5.5, "Baner Road", "FC Road"),
      s("Hyderabad", "Asia/Kolkata", 5.5, "Jubilee Hills Road No. 36", "Banjara Hills Road No. 12"),
      s("Chennai", "Asia/Kolkata", 5.5, "Anna Salai", "Velachery Main Road"),
    ],
    streets: [
      "MG Road",
      "Koramangala 5th Block",
      "Baner Road",
      "Jubilee Hills Road No. 36",
      "Anna Salai",
      "HSR Layout Sector 2",
    ],
  },
  AE: {
    code: "AE",
    name: "United Arab Emirates",
    mobile: "+971 50 ### ####",
    postal: "",
    iban: true,
    cities: [
      s("Dubai", "Asia/Dubai", 4, "Al Wasl Road", "Jumeirah Beach Road", "Al Barsha 1 Street"),
      s("Abu Dhabi", "Asia/Dubai", 4, "Corniche Road", "Khalifa Street"),
    ],
    streets: ["Al Wasl Road", "Jumeirah Beach Road", "Corniche Road", "Al Barsha 1 Street", "Khalifa Street"],
  },
  EG: {
    code: "EG",
    name: "Egypt",
    mobile: "+20 10 #### ####",
    postal: "#####",
    iban: true,
    cities: [c("Cairo", "Africa/Cairo", 2), c("Alexandria", "Africa/Cairo", 2)],
    streets: ["El Tahrir Street", "Abbas El Akkad", "Corniche El Nil", "Fouad Street", "Road 9 Maadi"],
  },
  JO: {
    code: "JO",
    name: "Jordan",
    mobile: "+962 7 9### ####",
    postal: "#####",
    iban: true,
    cities: [c("Amman", "Asia/Amman", 3), c("Irbid", "Asia/Amman", 3)],
    streets: ["Mecca Street", "Rainbow Street", "Zahran Street", "University Street"],
  },
  MX: {
    code: "MX",
    name: "Mexico",
    mobile: "+52 55 #### ####",
    postal: "#####",
    iban: false,
    cities: [
      c("Mexico City", "America/Mexico_City", -6),
      c("Guadalajara", "America/Mexico_City", -6),
      c("Monterrey", "America/Monterrey", -6),
    ],
    streets: [
      "Avenida Insurgentes Sur",
      "Calle Durango",
      "Avenida Chapultepec",
      "Calle Morelos",
      "Avenida Revolucion",
    ],
  },
  ES: {
    code: "ES",
    name: "Spain",
    mobile: "+34 6## ### ###",
    postal: "#####",
    iban: true,
    cities: [
      c("Madrid", "Europe/Madrid", 1),
      c("Barcelona", "Europe/Madrid", 1),
      c("Valencia", "Europe/Madrid", 1),
    ],
    streets: [
      "Calle de Alcala",
      "Carrer de Provenca",
      "Avenida del Puerto",
      "Calle Mayor",
      "Paseo de la Castellana",
    ],
  },
  CO: {
    code: "CO",
    name: "Colombia",
    mobile: "+57 310 ### ####",
    postal: "######",
    iban: false,
    cities: [
      s("Bogota", "America/Bogota", -5, "Carrera 7", "Calle 93"),
      s("Medellin", "America/Bogota", -5, "Carrera 43A", "Calle 10"),
    ],
    streets: ["Carrera 7", "Calle 93", "Avenida El Poblado", "Carrera 43A", "Calle 10"],
  },
  AR: {
    code: "AR",
    name: "Argentina",
    mobile: "+54 9 11 #### ####",
    postal: "A####AAA",
    iban: false,
    cities: [
      c("Buenos Aires", "America/Argentina/Buenos_Aires", -3),
      c("Cordoba", "America/Argentina/Cordoba", -3),
    ],
    streets: ["Avenida Santa Fe", "Calle Florida", "Avenida Colon", "Calle Gorriti", "Avenida Corrientes"],
  },
  PL: {
    code: "PL",
    name: "Poland",
    mobile: "+48 5## ### ###",
    postal: "##-###",
    iban: true,
    cities: [
      c("Warsaw", "Europe/Warsaw", 1),
      c("Krakow", "Europe/Warsaw", 1),
      c("Wroclaw", "Europe/Warsaw", 1),
    ],
    streets: ["ul. Marszalkowska", "ul. Dluga", "ul. Grunwaldzka", "ul. Pulawska", "ul. Ogrodowa"],
  },
  UA: {
    code: "UA",
    name: "Ukraine",
    mobile: "+380 67 ### ####",
    postal: "#####",
    iban: true,
    cities: [c("Kyiv", "Europe/Kyiv", 2), c("Lviv", "Europe/Kyiv", 2), c("Kharkiv", "Europe/Kyiv", 2)],
    streets: ["vul. Khreshchatyk", "vul. Sahaidachnoho", "vul. Franka", "prosp. Nauky", "vul. Zelena"],
  },
  RS: {
    code: "RS",
    name: "Serbia",
    mobile: "+381 6# ### ####",
    postal: "#####",
    iban: true,
    cities: [c("Belgrade", "Europe/Belgrade", 1), c("Novi Sad", "Europe/Belgrade", 1)],
    streets: ["Knez Mihailova", "Bulevar oslobodjenja", "Njegoseva", "Cara Dusana", "Zmaj Jovina"],
  },
  CZ: {
    code: "CZ",
    name: "Czechia",
    mobile: "+420 7## ### ###",
    postal: "### ##",
    iban: true,
    cities: [c("Prague", "Europe/Prague", 1), c("Brno", "Europe/Prague", 1)],
    streets: ["Vinohradska", "Korunni", "Husova", "Kounicova", "Jugoslavska"],
  },
  NG: {
    code: "NG",
    name: "Nigeria",
    mobile: "+234 803 ### ####",
    postal: "######",
    iban: false,
    cities: [c("Lagos", "Africa/Lagos", 1), c("Abuja", "Africa/Lagos", 1)],
    streets: [
      "Admiralty Way",
      "Adeola Odeku Street",
      "Aminu Kano Crescent",
      "Allen Avenue",
      "Ahmadu Bello Way",
    ],
  },
  KE: {
    code: "KE",
    name: "Kenya",
    mobile: "+254 7## ### ###",
    postal: "#####",
    iban: false,
    cities: [c("Nairobi", "Africa/Nairobi", 3), c("Mombasa", "Africa/Nairobi", 3)],
    streets: ["Ngong Road", "Kimathi Street", "Moi Avenue", "Waiyaki Way", "Argwings Kodhek Road"],
  },
  GH: {
    code: "GH",
    name: "Ghana",
    mobile: "+233 24 ### ####",
    postal: "",
    iban: false,
    cities: [c("Accra", "Africa/Accra", 0), c("Kumasi", "Africa/Accra", 0)],
    streets: ["Oxford Street", "Liberation Road", "Ring Road East", "Independence Avenue"],
  },
  ZA: {
    code: "ZA",
    name: "South Africa",
    mobile: "+27 82 ### ####",
    postal: "####",
    iban: false,
    cities: [
      c("Cape Town", "Africa/Johannesburg", 2),
      c("Johannesburg", "Africa/Johannesburg", 2),
      c("Durban", "Africa/Johannesburg", 2),
    ],
    streets: ["Long Street", "Jan Smuts Avenue", "Florida Road", "Main Road", "Bree Street"],
  },
  IT: {
    code: "IT",
    name: "Italy",
    mobile: "+39 3## ### ####",
    postal: "#####",
    iban: true,
    cities: [
      c("Milan", "Europe/Rome", 1),
      c("Rome", "Europe/Rome", 1),
      c("Turin", "Europe/Rome", 1),
      c("Bologna", "Europe/Rome", 1),
    ],
    streets: ["Via Garibaldi", "Corso Vittorio Emanuele", "Via Roma", "Via dei Mille", "Viale Monza"],
  },
  DE: {
    code: "DE",
    name: "Germany",
    mobile: "+49 151 ########",
    postal: "#####",
    iban: true,
    cities: [
      c("Berlin", "Europe/Berlin", 1),
      c("Munich", "Europe/Berlin", 1),
      c("Hamburg", "Europe/Berlin", 1),
    ],
    streets: ["Schillerstrasse", "Lindenallee", "Bahnhofstrasse", "Gartenweg", "Hauptstrasse"],
  },
  PH: {
    code: "PH",
    name: "Philippines",
    mobile: "+63 917 ### ####",
    postal: "####",
    iban: false,
    cities: [
      c("Manila", "Asia/Manila", 8),
      c("Cebu City", "Asia/Manila", 8),
      c("Quezon City", "Asia/Manila", 8),
    ],
    streets: ["Ayala Avenue", "Katipunan Avenue", "Osmena Boulevard", "Shaw Boulevard", "Timog Avenue"],
  },
};

/**
 * Where the advisories place the workers themselves (China and Russia above all, also Laos and
 * other parts of Southeast Asia and Africa): used for the phone, IP and account countries that
 * contradict a claimed home. Only the dial plan is needed for these.
 */
export const OPERATING_COUNTRIES: Record<string, { mobile: string; zone: string }> = {
  CN: { mobile: "+86 139 #### ####", zone: "Asia/Shanghai" },
  RU: { mobile: "+7 9## ### ####", zone: "Asia/Vladivostok" },
  LA: { mobile: "+856 20 #### ####", zone: "Asia/Vientiane" },
  HK: { mobile: "+852 9### ####", zone: "Asia/Hong_Kong" },
};

/** Cities people fly to for work, for the honest "IP country differs once" case. */
export const TRIP_COUNTRIES = [
  "DE",
  "GB",
  "US",
  "SG",
  "JP",
  "AE",
  "NL",
  "FR",
  "ES",
  "CA",
  "CN",
  "HK",
] as const;
