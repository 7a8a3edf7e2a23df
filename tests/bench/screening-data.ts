/**
 * Data for the screening bench (tests/bench/screening.ts): loading the published lists from the
 * shared data folder, and realistic unlisted names (common first + last name combinations in five
 * naming traditions) that are verified not to be listed names.
 */
import fs from "node:fs";
import path from "node:path";
import { canonicalName } from "@/lib/screening/normalize";
import { parseOfac } from "@/lib/screening/ofac";
import { parseUnXml } from "@/lib/screening/un";
import type { WatchlistEntry } from "@/lib/screening/types";
import type { Rng } from "../fixtures/profiles/random";

/** The repository's sibling folder with the real published lists (see its README.md). */
export const DATA_DIR = path.resolve(__dirname, "../../../shared/data");
export const OFAC_FILE = "ofac-sdn-2024-05-03/sdn.csv";
export const UN_FILE = "un-consolidated/consolidated.xml";

function readData(relative: string): Buffer {
  const file = path.join(DATA_DIR, relative);
  if (!fs.existsSync(file)) {
    throw new Error(
      `Screening bench: sanctions data file not found: ${file}. The bench needs the real published lists in ` +
        `the repository's sibling folder "shared/data" (see its README.md); it does not skip or substitute data.`,
    );
  }
  return fs.readFileSync(file);
}

export interface LoadedLists {
  entries: WatchlistEntry[];
  ofacCount: number;
  unCount: number;
  ofacMs: number;
  unMs: number;
}

/** Reads and parses the 2024 OFAC SDN list and the UN consolidated list, timing each (read + parse). */
export function loadLists(): LoadedLists {
  const t0 = process.hrtime.bigint();
  const ofac = parseOfac({ sdn: readData(OFAC_FILE) });
  const t1 = process.hrtime.bigint();
  const un = parseUnXml(readData(UN_FILE).toString("utf8"));
  const t2 = process.hrtime.bigint();
  return {
    entries: [...ofac.entries, ...un.entries],
    ofacCount: ofac.entries.length,
    unCount: un.entries.length,
    ofacMs: Number(t1 - t0) / 1e6,
    unMs: Number(t2 - t1) / 1e6,
  };
}

/** Canonical (order-independent, romanisation-folded) keys of every listed name and alias. */
export function listedCanonicalNames(entries: readonly WatchlistEntry[]): Set<string> {
  const out = new Set<string>();
  for (const e of entries) {
    out.add(canonicalName(e.name, "person"));
    for (const a of e.aliases) out.add(canonicalName(a.name, "person"));
  }
  return out;
}

export type Culture = "korean" | "chinese" | "english" | "spanish" | "arabic";
// Large pools last: a culture that runs dry passes its share on.
export const CULTURES: readonly Culture[] = ["korean", "chinese", "arabic", "spanish", "english"];

const words = (s: string) => s.split(" ");

const KOREAN_SURNAMES = words(
  "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong Yoo Ko Moon Yang Son Bae Baek Heo Nam Noh",
);
const KOREAN_GIVEN = words(
  "Min-jun Seo-yeon Ji-hoon Ha-eun Do-yoon Seo-jun Ji-woo Ye-jun Ha-jun Su-ah Ji-ho Yu-jin Eun-woo Si-woo Jun-seo " +
    "Hyun-woo Ji-min Min-seo Seo-hyun Su-bin Ye-eun Chae-won Da-eun Ye-rin Jae-won Tae-yang Min-ji Soo-min Hye-jin " +
    "Young-ho Sung-min Dong-hyun Jin-woo Sang-woo Eun-ji Hyun-jung Mi-kyung Jung-hoon Seung-hyun Yeon-woo Ga-eun " +
    "Na-yeon Jae-hyun Woo-jin Joon-young Kyung-soo Min-kyu So-yeon Hae-won Ji-yeon Seo-ah Ha-rin Yun-seo Ji-an " +
    "Si-yeon Ha-yoon Seo-yun Do-hyun Geon-woo Woo-hyun Ju-won Ye-seo Eun-seo Su-hyun Jun-ho Tae-hyun Hyun-soo " +
    "Seung-woo Ji-hye Bo-ra Hye-won Yoo-na Da-hye Jin-ah Sun-hee Myung-soo Chang-min Kyu-ri Dae-sung Ho-jin Sung-hoon",
);
const CHINESE_SURNAMES = words(
  "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Han " +
    "Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du",
);
const CHINESE_GIVEN = words(
  "Wei Na Fang Min Jing Qiang Lei Jun Yan Jie Tao Ming Chao Xiuying Xia Ping Gang Hui Hua Dan Yu Hong Xin Bo Jian " +
    "Ying Haoran Zihan Yuxuan Yichen Zhiwei Jiahao Xinyi Mengyao Shuang Kai Lihua Xiaoming Junjie Yifan Ruoxi " +
    "Yutong Zixuan Shiyu Haoyu Jinhai Guiying Xiulan Yufei Kexin Wenjing Tianyi Jiaqi Siyuan Bowen Ziyi Yuting " +
    "Minghui Lili Qian",
);
const ENGLISH_FIRST = words(
  "James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark " +
    "Steven Paul Andrew Joshua Kevin Brian George Timothy Ryan Jacob Mary Patricia Jennifer Linda Elizabeth Barbara " +
    "Susan Jessica Sarah Karen Lisa Nancy Betty Sandra Ashley Emily Michelle Amanda Melissa Stephanie Rebecca Laura " +
    "Emma Olivia Hannah",
);
const ENGLISH_LAST = words(
  "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin Thompson White " +
    "Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell " +
    "Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed",
);
const SPANISH_FIRST = words(
  "José Juan Luis Carlos Jorge Miguel Javier Antonio Francisco Alejandro Manuel Pedro Diego Fernando Ricardo Eduardo " +
    "Andrés Sergio Raúl Pablo María Carmen Ana Laura Isabel Lucía Sofía Elena Marta Paula Gabriela Valentina Camila " +
    "Daniela Patricia Rosa Beatriz Claudia Natalia Verónica",
);
const SPANISH_LAST = words(
  "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno " +
    "Álvarez Muñoz Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina " +
    "Castro Ortiz Rubio Morales Suárez Ortega Delgado Castillo Vargas Mendoza",
);
const ARABIC_FIRST = words(
  "Mohammed Ahmed Ali Omar Khalid Hassan Hussein Youssef Ibrahim Abdullah Mahmoud Mustafa Tariq Karim Samir Walid " +
    "Nabil Faisal Hamza Bilal Fatima Aisha Mariam Layla Noura Huda Salma Rania Yasmin Zainab Amira Dina Hana Leila Samira",
);
const ARABIC_LAST = words(
  "Haddad Khoury Mansour Nasser Saleh Hamdan Khalil Said Aziz Rahman Qureshi Farouk Ghanem Habib Jaber Karam Masri " +
    "Najjar Sabbagh Shami Tawfiq Yassin Zayed Al-Sayed Al-Hashimi Al-Masri Al-Amin Bakr Darwish Fahmy Hijazi Issa " +
    "Kassem Nassar Othman",
);

/** One realistic full name in the given tradition, as a person would type it into a form. */
function unlistedName(rng: Rng, culture: Culture): string {
  switch (culture) {
    case "korean": {
      const surname = rng.pick(KOREAN_SURNAMES);
      const given = rng.pick(KOREAN_GIVEN);
      const [first = "", second = ""] = given.split("-");
      const style = rng.int(0, 3);
      if (style === 0) return `${surname} ${given}`;
      if (style === 1) return `${given} ${surname}`;
      if (style === 2) return `${surname} ${first}${second}`;
      return `${first} ${second.replace(/^./, (c) => c.toUpperCase())} ${surname}`;
    }
    case "chinese": {
      const surname = rng.pick(CHINESE_SURNAMES);
      const given = rng.pick(CHINESE_GIVEN);
      return rng.chance(0.5) ? `${surname} ${given}` : `${given} ${surname}`;
    }
    case "english": {
      const first = rng.pick(ENGLISH_FIRST);
      const middle = rng.chance(0.3) ? ` ${rng.pick(ENGLISH_FIRST)}` : "";
      return `${first}${middle} ${rng.pick(ENGLISH_LAST)}`;
    }
    case "spanish": {
      const second = rng.chance(0.6) ? ` ${rng.pick(SPANISH_LAST)}` : "";
      return `${rng.pick(SPANISH_FIRST)} ${rng.pick(SPANISH_LAST)}${second}`;
    }
    case "arabic": {
      // Often with the father's name in the middle.
      const father = rng.chance(0.3) ? ` ${rng.pick(ARABIC_FIRST.slice(0, 20))}` : "";
      return `${rng.pick(ARABIC_FIRST)}${father} ${rng.pick(ARABIC_LAST)}`;
    }
  }
}

export interface UnlistedQuery {
  query: string;
  culture: Culture;
}

/**
 * `count` distinct unlisted names, the cultures in equal shares. A generated name whose canonical
 * form equals any listed name or alias is dropped (it would be a real hit, not a false positive).
 */
export function unlistedNames(
  rng: Rng,
  count: number,
  listed: ReadonlySet<string>,
): { names: UnlistedQuery[]; dropped: number } {
  const seen = new Set<string>();
  const names: UnlistedQuery[] = [];
  let dropped = 0;
  // A culture whose pool runs dry (too many collisions or repeats) leaves its share to the next ones.
  let owed = 0;
  CULTURES.forEach((culture, k) => {
    const quota = Math.floor(count / CULTURES.length) + (k < count % CULTURES.length ? 1 : 0) + owed;
    let made = 0;
    for (let attempts = 0; made < quota && attempts < quota * 30; attempts++) {
      const query = unlistedName(rng, culture);
      const key = canonicalName(query, "person");
      if (seen.has(key)) continue;
      seen.add(key);
      if (listed.has(key)) {
        dropped++;
        continue;
      }
      names.push({ query, culture });
      made++;
    }
    owed = quota - made;
  });
  if (owed > 0) throw new Error(`could only generate ${names.length} of ${count} unlisted names`);
  return { names, dropped };
}
