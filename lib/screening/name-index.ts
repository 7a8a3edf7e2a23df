import {
  bigrams,
  concatTokens,
  FUZZY_MIN_LENGTH,
  oneEdit,
  spellingSimilarity,
  tokenSetScore,
  tokenSimilarity,
  type Weigh,
} from "./name-score";
import type { NameToken } from "./normalize";

export interface IndexedName {
  /** Position of the owning entry in the index's entry array. */
  entry: number;
  /** The name as published. */
  text: string;
  /** "primary" or the alias kind (aka, fka, low, original, ...). */
  kind: string;
  tokens: NameToken[];
}

export interface NameHit {
  name: IndexedName;
  score: number;
}

export interface NameQueryStats {
  /** Names sharing at least one (similar) token with the query: what blocking let through. */
  candidates: number;
  /** Names whose upper bound could reach the threshold and were fully scored. */
  scored: number;
}

const SIMILAR_CACHE_LIMIT = 20_000;
/** Weight floor: the most common word of a list still says something ("Mohammed", "Kim"). */
const MIN_WEIGHT = 0.3;
const LOW_INFORMATION = /^(?:\p{L}|\d+|[ivx]{1,4})$/u;
/** Adjacent tokens joined for blocking: "Price Waterhouse Coopers" finds "Pricewaterhousecoopers". */
const MAX_JOINED = 3;

/** Keys under which a token is filed: its spelling and, for Korean words, its class key. */
function tokenKeys(t: NameToken): string[] {
  return t.key === t.text ? [t.text] : [t.text, t.key];
}

/** Adjacent runs of 2..MAX_JOINED tokens written together, as one token each. */
export function joinedRuns(tokens: readonly NameToken[]): NameToken[] {
  const out: NameToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let span = 2; span <= MAX_JOINED && i + span <= tokens.length; span++)
      out.push(concatTokens(tokens.slice(i, i + span)));
  }
  return out;
}

/**
 * Blocking index over names: token → names containing it (by spelling, by Korean class key and
 * by adjacent tokens written together), plus a bigram index over the spellings so a misspelt
 * query token finds its neighbours without scanning the vocabulary. Token weights come from how
 * many names of the list carry each token, so common words count less.
 */
export class NamePool {
  readonly names: IndexedName[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly joined = new Map<string, number[]>();
  private readonly vocab: string[] = [];
  private readonly vocabBigrams = new Map<string, number[]>();
  private readonly similarCache = new Map<string, string[]>();
  /** Per-name scratch state of query(): epoch stamps and hit counts, reused across queries. */
  private tokenStamp = new Int32Array(0);
  private queryStamp = new Int32Array(0);
  private counts = new Uint16Array(0);
  private epoch = 0;
  /** Scratch counters for similarTokens, one per vocabulary word, reset after each use. */
  private shared = new Uint16Array(0);
  private readonly weightCache = new Map<string, number>();
  /** Per name: weights sorted descending, as prefix sums (for the pruning bound). */
  private readonly topWeights: number[][] = [];

  add(name: IndexedName): void {
    if (name.tokens.length === 0) return;
    const id = this.names.length;
    this.names.push(name);
    this.weightCache.clear();
    this.topWeights.length = 0;
    // A word the name carries twice ("MOHAMED, Mohamed") is also filed as key#2, so a query that
    // repeats a word counts the repeat only against names that repeat it too.
    const seen = new Map<string, number>();
    for (const t of name.tokens) {
      for (const key of new Set(tokenKeys(t))) {
        const n = (seen.get(key) ?? 0) + 1;
        seen.set(key, n);
        this.post(this.postings, n === 1 ? key : `${key}#${n}`, id);
      }
    }
    for (const key of new Set(joinedRuns(name.tokens).flatMap(tokenKeys))) this.post(this.joined, key, id);
  }

  private post(map: Map<string, number[]>, key: string, id: number): void {
    let list = map.get(key);
    if (!list) {
      list = [];
      map.set(key, list);
      // Joined runs are matched exactly: fuzzy neighbours of every concatenation would cost more than they find.
      if (map === this.postings) this.addToVocab(key);
    }
    if (list[list.length - 1] !== id) list.push(id);
  }

  private readonly inVocab = new Set<string>();
  private addToVocab(token: string): void {
    // Korean class keys are not spellings: they are matched exactly.
    if (token.length < FUZZY_MIN_LENGTH || /[A-Z·#]/.test(token) || this.inVocab.has(token)) return;
    this.inVocab.add(token);
    const id = this.vocab.length;
    this.vocab.push(token);
    for (const g of bigrams(token)) {
      const list = this.vocabBigrams.get(g);
      if (list) list.push(id);
      else this.vocabBigrams.set(g, [id]);
    }
  }

  /** Weight of a token: normalised inverse frequency among the pool's names, 1 for unknown words. */
  readonly weigh: Weigh = (t) => {
    const cached = this.weightCache.get(t.key);
    if (cached !== undefined) return cached;
    const df = this.postings.get(t.key)?.length ?? 0;
    const n = this.names.length + 1;
    // Initials and series numbers ("Partners V", "Victory 3") identify little on their own.
    const w = LOW_INFORMATION.test(t.text)
      ? MIN_WEIGHT
      : df === 0
        ? 1
        : Math.max(MIN_WEIGHT, Math.min(1, Math.log(n / df) / Math.log(n)));
    this.weightCache.set(t.key, w);
    return w;
  };

  /** Score of query tokens against one indexed name, with this pool's weights. */
  score(tokens: readonly NameToken[], name: IndexedName): number {
    return tokenSetScore(tokens, name.tokens, this.weigh);
  }

  /** Indexed spellings similar enough to `token` to count as the same word (always includes an exact hit). */
  similarTokens(token: string): string[] {
    const cached = this.similarCache.get(token);
    if (cached) return cached;
    const out = this.postings.has(token) ? [token] : [];
    if (token.length >= FUZZY_MIN_LENGTH) {
      const grams = bigrams(token);
      // spellingSimilarity requires half of the larger bigram set, so half of ours is a safe pre-filter.
      const needed = Math.ceil(grams.size / 2);
      if (this.shared.length < this.vocab.length) this.shared = new Uint16Array(this.vocab.length * 2);
      const shared = this.shared;
      const touched: number[] = [];
      for (const g of grams) {
        for (const id of this.vocabBigrams.get(g) ?? []) {
          if (shared[id] === 0) touched.push(id);
          shared[id] = (shared[id] ?? 0) + 1;
        }
      }
      // spellingSimilarity rejects lengths further apart than a quarter of the longer word.
      const slack = Math.max(1, Math.floor((token.length + 1) / 3));
      for (const id of touched) {
        const n = shared[id] ?? 0;
        shared[id] = 0;
        const candidate = this.vocab[id];
        if (
          n < needed ||
          candidate === undefined ||
          candidate === token ||
          Math.abs(candidate.length - token.length) > slack
        )
          continue;
        if (spellingSimilarity(token, candidate) > 0) out.push(candidate);
      }
    }
    // Caller-controlled input must not grow memory without bound.
    if (this.similarCache.size >= SIMILAR_CACHE_LIMIT) this.similarCache.clear();
    this.similarCache.set(token, out);
    return out;
  }

  private prefixWeights(id: number): number[] {
    let p = this.topWeights[id];
    if (!p) {
      const name = this.names[id];
      const sorted = (name?.tokens ?? []).map(this.weigh).sort((x, y) => y - x);
      p = [0];
      for (const w of sorted) p.push((p[p.length - 1] ?? 0) + w);
      this.topWeights[id] = p;
    }
    return p;
  }

  /**
   * Names scoring at least `threshold - slack` against the query tokens. `slack` lets the caller
   * add bonuses (a matching date of birth) after the fact without missing candidates.
   */
  query(tokens: readonly NameToken[], threshold: number, slack: number, stats: NameQueryStats): NameHit[] {
    if (tokens.length === 0) return [];
    const size = this.names.length;
    if (this.tokenStamp.length < size) {
      this.tokenStamp = new Int32Array(size);
      this.queryStamp = new Int32Array(size);
      this.counts = new Uint16Array(size);
    }
    const query = ++this.epoch;
    const candidates: number[] = [];
    // Names reached through joined words are always scored: the bound below counts single tokens.
    const joinedHit = new Set<number>();
    const repeats = new Map<string, number>();
    for (const t of tokens) {
      // Counted once per query token even if several similar spellings occur in the same name.
      const stamp = ++this.epoch;
      const base = t.key === t.text ? this.similarTokens(t.text) : [t.key, ...this.similarTokens(t.text)];
      const nth = (repeats.get(t.key) ?? 0) + 1;
      repeats.set(t.key, nth);
      const keys = nth === 1 ? base : base.map((k) => `${k}#${nth}`);
      for (const key of keys) {
        const list = this.postings.get(key);
        if (!list) continue;
        for (const id of list) {
          if (this.tokenStamp[id] === stamp) continue;
          this.tokenStamp[id] = stamp;
          if (this.queryStamp[id] !== query) {
            this.queryStamp[id] = query;
            this.counts[id] = 0;
            candidates.push(id);
          }
          this.counts[id] = (this.counts[id] ?? 0) + 1;
        }
      }
      // A query word may be several listed words written together...
      for (const key of tokenKeys(t)) for (const id of this.joined.get(key) ?? []) joinedHit.add(id);
    }
    // ... and several query words may be one listed word.
    // (also when both sides are one joined word split in different places).
    for (const run of joinedRuns(tokens)) {
      for (const key of tokenKeys(run)) {
        for (const id of this.postings.get(key) ?? []) joinedHit.add(id);
        for (const id of this.joined.get(key) ?? []) joinedHit.add(id);
      }
    }
    for (const id of joinedHit) {
      if (this.queryStamp[id] === query) continue;
      this.queryStamp[id] = query;
      this.counts[id] = 0;
      candidates.push(id);
    }

    stats.candidates += candidates.length;
    const weights = tokens.map(this.weigh).sort((x, y) => y - x);
    let queryTotal = 0;
    for (const w of weights) queryTotal += w;
    const out: NameHit[] = [];
    for (const id of candidates) {
      const name = this.names[id];
      if (!name) continue;
      const count = this.counts[id] ?? 0;
      if (
        !joinedHit.has(id) &&
        this.upperBound(id, count, false, weights, queryTotal, name.tokens.length) + slack < threshold
      ) {
        // The extra weak pair (an edit or an initial) is only possible when some token pair is one apart.
        const weak = count >= 1 && count < Math.min(tokens.length, name.tokens.length);
        if (
          !weak ||
          this.upperBound(id, count, true, weights, queryTotal, name.tokens.length) + slack < threshold
        )
          continue;
        if (!weakPairPossible(tokens, name.tokens, count)) continue;
      }
      stats.scored++;
      const score = this.score(tokens, name);
      if (score + slack >= threshold) out.push({ name, score });
    }
    return out;
  }

  /**
   * Highest score a name with `count` hit query tokens could reach: the heaviest tokens on both
   * sides matched perfectly, one more token carrying an edit or an initial, and the omission rule.
   */
  private upperBound(
    id: number,
    count: number,
    weak: boolean,
    weights: readonly number[],
    queryTotal: number,
    nameLength: number,
  ): number {
    const n = weights.length;
    const k = Math.min(n, nameLength, count + (weak ? 1 : 0));
    if (k >= Math.min(n, nameLength) && Math.abs(n - nameLength) === 1 && k >= 2) return 1;
    const top = this.prefixWeights(id);
    const nameTotal = top[top.length - 1] ?? 0;
    let queryTop = 0;
    for (let i = 0; i < k; i++) queryTop += weights[i] ?? 0;
    return (queryTop + (top[k] ?? nameTotal)) / (queryTotal + nameTotal);
  }
}

/** Whether any query token is one edit from, or the initial of, a token of the name (see weakSimilarity). */
function weakPairPossible(query: readonly NameToken[], name: readonly NameToken[], strong: number): boolean {
  for (const q of query) {
    for (const t of name) {
      const short = Math.min(q.text.length, t.text.length);
      if (short === 1) {
        if (q.text.length !== t.text.length && q.text[0] === t.text[0]) return true;
        continue;
      }
      if (q.korean && t.korean && !q.key.includes("·") && !t.key.includes("·")) continue;
      if (short < FUZZY_MIN_LENGTH && strong < 2) continue;
      // A pair within typo distance is already one of the hits, not the extra weak pair.
      if (oneEdit(q.text, t.text) && tokenSimilarity(q, t) === 0) return true;
    }
  }
  return false;
}
