// Maps the Latin syllables of listed DPRK names back to Hangul (by knowledge of Korean names,
// not from the product), then re-romanises the Hangul to build labelled variant queries.
import type { WatchlistEntry } from "@/lib/screening";
import { passportPart, romanisePart, SYSTEMS, type System } from "./romanise";
import { fold, makeRng } from "./util";

// Most likely reading first; ambiguous spellings list every plausible syllable.
const SYL: Record<string, string[]> = {
  kim: ["김"],
  gim: ["김"],
  chol: ["철"],
  cheol: ["철"],
  chul: ["철"],
  ri: ["리", "이"],
  li: ["리"],
  lee: ["이", "리"],
  yi: ["이"],
  il: ["일"],
  yong: ["용", "영"],
  young: ["영"],
  yung: ["용"],
  ryong: ["룡"],
  song: ["성", "송"],
  sung: ["성"],
  seong: ["성"],
  chun: ["춘", "준"],
  choon: ["춘"],
  pak: ["박"],
  park: ["박"],
  bak: ["박"],
  choe: ["최"],
  choi: ["최"],
  ho: ["호", "허"],
  nam: ["남"],
  kyong: ["경"],
  kyung: ["경"],
  gyong: ["경"],
  hyok: ["혁"],
  hyuk: ["혁"],
  su: ["수"],
  soo: ["수"],
  myong: ["명"],
  myung: ["명"],
  chong: ["정", "종"],
  jong: ["정", "종"],
  jung: ["정"],
  jeong: ["정"],
  chung: ["정"],
  kang: ["강"],
  kwang: ["광"],
  gwang: ["광"],
  mun: ["문"],
  moon: ["문"],
  jang: ["장"],
  chang: ["장", "창"],
  cho: ["조"],
  jo: ["조"],
  tong: ["동"],
  dong: ["동"],
  man: ["만"],
  min: ["민"],
  sok: ["석"],
  seok: ["석"],
  suk: ["석", "숙"],
  jin: ["진"],
  chin: ["진"],
  sik: ["식"],
  son: ["손", "선"],
  sohn: ["손"],
  hyon: ["현"],
  hyun: ["현"],
  pyong: ["평", "병"],
  byong: ["병"],
  phyong: ["평"],
  won: ["원"],
  hun: ["훈"],
  hoon: ["훈"],
  han: ["한"],
  u: ["우"],
  woo: ["우"],
  o: ["오"],
  oh: ["오"],
  un: ["은", "운"],
  eun: ["은"],
  hwan: ["환"],
  yon: ["연", "련"],
  ryon: ["련"],
  ko: ["고"],
  yu: ["유", "류"],
  ryu: ["류"],
  yoo: ["유"],
  ku: ["구"],
  yun: ["윤"],
  kil: ["길"],
  gil: ["길"],
  hwang: ["황"],
  pong: ["봉"],
  bong: ["봉"],
  hong: ["홍"],
  sop: ["섭"],
  sub: ["섭"],
  kyu: ["규"],
  gyu: ["규"],
  hak: ["학"],
  paek: ["백"],
  kuk: ["국"],
  guk: ["국"],
  jun: ["준"],
  ha: ["하"],
  hwa: ["화"],
  sang: ["상"],
  tae: ["태"],
  thae: ["태"],
  jon: ["전"],
  chon: ["천", "전"],
  chae: ["채", "재"],
  jae: ["재"],
  sam: ["삼"],
  mu: ["무"],
  so: ["소", "서"],
  ok: ["옥"],
  ung: ["웅"],
  pae: ["배"],
  bae: ["배"],
  uk: ["욱"],
  cha: ["차", "자"],
  ja: ["자"],
  hyong: ["형"],
  sim: ["심"],
  shim: ["심"],
  se: ["세"],
  gon: ["건"],
  kon: ["건"],
  pu: ["부"],
  bu: ["부"],
  ra: ["라"],
  je: ["제"],
  che: ["제"],
  ryol: ["렬"],
  bom: ["범"],
  pom: ["범"],
  pil: ["필"],
  hwi: ["휘"],
  yo: ["여"],
  chi: ["지"],
  ji: ["지"],
  kwak: ["곽"],
  ryom: ["렴"],
  hui: ["희"],
  hee: ["희"],
  chu: ["주"],
  ju: ["주"],
  joo: ["주"],
  sin: ["신"],
  shin: ["신"],
  sun: ["순", "선"],
  hae: ["해"],
  tok: ["덕"],
  duk: ["덕"],
  chan: ["찬"],
  kwon: ["권"],
  ryang: ["량"],
  yang: ["양"],
  pyon: ["변"],
  gi: ["기"],
  ki: ["기"],
  in: ["인"],
  to: ["도"],
  do: ["도"],
  seung: ["승"],
  taek: ["택"],
  thaek: ["택"],
  bok: ["복"],
  pok: ["복"],
  rim: ["림"],
  im: ["임"],
  myo: ["묘"],
  gun: ["군"],
  kun: ["군"],
  ro: ["로"],
  san: ["산"],
  kum: ["금"],
  gum: ["금"],
  mi: ["미"],
  hyang: ["향"],
  hyo: ["효"],
  kyo: ["교"],
  wol: ["월"],
  chil: ["칠"],
  kap: ["갑"],
  sol: ["솔"],
  tal: ["달"],
  ryo: ["려"],
  ryok: ["력"],
  yop: ["엽"],
  yul: ["율"],
  yuk: ["육"],
  pang: ["방"],
  bang: ["방"],
  a: ["아"],
  ae: ["애"],
  na: ["나"],
  no: ["노"],
  sa: ["사"],
  ye: ["예"],
  kye: ["계"],
  kwi: ["귀"],
  nyo: ["녀"],
};

const SURNAMES = new Set([
  "김",
  "리",
  "이",
  "박",
  "최",
  "정",
  "강",
  "조",
  "장",
  "한",
  "오",
  "신",
  "황",
  "송",
  "류",
  "유",
  "홍",
  "전",
  "고",
  "문",
  "양",
  "량",
  "손",
  "배",
  "백",
  "허",
  "노",
  "로",
  "남",
  "심",
  "주",
  "현",
  "곽",
  "길",
  "구",
  "방",
  "변",
  "서",
  "성",
  "차",
  "채",
  "하",
  "연",
  "련",
  "원",
  "천",
  "렴",
  "태",
  "진",
  "지",
  "림",
  "임",
  "윤",
  "권",
  "안",
  "명",
  "우",
  "용",
  "라",
  "석",
  "민",
]);

/** Split a folded token into table syllables (shortest-count segmentation); null when impossible. */
function segment(tok: string): string[] | null {
  const best: (string[] | null)[] = [[]];
  for (let i = 1; i <= tok.length; i++) {
    best[i] = null;
    for (let j = Math.max(0, i - 6); j < i; j++) {
      const prev = best[j];
      const s = tok.slice(j, i);
      if (prev && SYL[s] && (!best[i] || (best[i]?.length ?? 0) > prev.length + 1)) best[i] = [...prev, s];
    }
  }
  return best[tok.length] ?? null;
}

export interface KoreanName {
  entry: WatchlistEntry;
  latin: string;
  family: string;
  given: string;
}

/** Every Hangul reading (capped) of a listed Latin name whose family name comes first. */
export function hangulReadings(entry: WatchlistEntry, latin: string, cap = 4): KoreanName[] {
  const comma = latin.indexOf(",");
  const famTok = fold(comma >= 0 ? latin.slice(0, comma) : latin).split(" ");
  const rest = comma >= 0 ? fold(latin.slice(comma + 1)).split(" ") : famTok.splice(1);
  if (famTok.length !== 1 || rest.length === 0 || rest.join("").length === 0) return [];
  const fam = SYL[famTok[0] ?? ""]?.filter((h) => SURNAMES.has(h)) ?? [];
  if (fam.length === 0) return [];
  const givenSyl: string[] = [];
  for (const t of rest) {
    const seg = segment(t);
    if (!seg) return [];
    givenSyl.push(...seg);
  }
  if (givenSyl.length === 0 || givenSyl.length > 3) return [];
  let combos: string[] = [""];
  for (const s of givenSyl) combos = combos.flatMap((c) => (SYL[s] ?? []).map((h) => c + h)).slice(0, cap);
  const out: KoreanName[] = [];
  for (const f of fam)
    for (const g of combos) if (out.length < cap) out.push({ entry, latin, family: f, given: g });
  return out;
}

export interface KoreanQuery {
  query: string;
  entryId: string;
  system: string;
  form: string;
}

const cap = (w: string): string => (w ? w.charAt(0).toUpperCase() + w.slice(1) : w);

function forms(family: string, given: string[]): Array<[string, string]> {
  const joined = cap(given.join(""));
  const hyph = given.map((g, i) => (i === 0 ? cap(g) : g)).join("-");
  const spaced = given.map(cap).join(" ");
  const fam = cap(family);
  const out: Array<[string, string]> = [];
  for (const [form, g] of [
    ["joined", joined],
    ["hyphen", hyph],
    ["spaced", spaced],
  ] as const) {
    out.push([`${form}/family-first`, `${fam} ${g}`], [`${form}/family-last`, `${g} ${fam}`]);
  }
  return out;
}

/** Labelled queries for one reading: every system × three given-name forms × two orders, plus Hangul. */
export function koreanQueries(k: KoreanName, seed: number): KoreanQuery[] {
  const rng = makeRng(seed);
  const out: KoreanQuery[] = [];
  const push = (system: string, fam: string, given: string[]): void => {
    for (const [form, q] of forms(fam, given)) out.push({ query: q, entryId: k.entry.id, system, form });
  };
  for (const sys of SYSTEMS as readonly System[])
    push(sys, romanisePart(k.family, sys).join(""), romanisePart(k.given, sys));
  for (let i = 0; i < 3; i++)
    push("passport", passportPart(k.family, rng, true).join(""), passportPart(k.given, rng, false));
  out.push({ query: k.family + k.given, entryId: k.entry.id, system: "hangul", form: "joined" });
  out.push({ query: `${k.family} ${k.given}`, entryId: k.entry.id, system: "hangul", form: "spaced" });
  const seen = new Set<string>();
  return out.filter((q) => !seen.has(q.query.toLowerCase()) && seen.add(q.query.toLowerCase()));
}

export function isDprkPerson(e: WatchlistEntry): boolean {
  return (
    e.type === "individual" &&
    (e.id.startsWith("un:KP") ||
      e.programs.some((p) => p.startsWith("DPRK")) ||
      e.nationalities.some((n) => /korea/i.test(n)))
  );
}
