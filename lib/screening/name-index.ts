import { bigrams, FUZZY_MIN_LENGTH, tokenSetScore, tokenSetUpperBound, tokenSimilarity } from "./name-score";

export interface IndexedName {
  /** Position of the owning entry in the index's entry array. */
  entry: number;
  /** The name as published. */
  text: string;
  /** "primary" or the alias kind (aka, fka, low, ...). */
  kind: string;
  tokens: string[];
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

/**
 * Blocking index over names: token → names containing it, plus a bigram index over the token
 * vocabulary so a misspelt query token finds its neighbours without scanning the vocabulary.
 * A query therefore only ever touches names that share a (near-)identical token with it.
 */
export class NamePool {
  readonly names: IndexedName[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly vocab: string[] = [];
  private readonly vocabBigrams = new Map<string, number[]>();
  private readonly similarCache = new Map<string, string[]>();

  add(name: IndexedName): void {
    if (name.tokens.length === 0) return;
    const id = this.names.length;
    this.names.push(name);
    for (const token of new Set(name.tokens)) {
      let list = this.postings.get(token);
      if (!list) {
        list = [];
        this.postings.set(token, list);
        this.addToVocab(token);
      }
      list.push(id);
    }
  }

  private addToVocab(token: string): void {
    if (token.length < FUZZY_MIN_LENGTH) return;
    const id = this.vocab.length;
    this.vocab.push(token);
    for (const g of bigrams(token)) {
      const list = this.vocabBigrams.get(g);
      if (list) list.push(id);
      else this.vocabBigrams.set(g, [id]);
    }
  }

  /** Indexed tokens similar enough to `token` to count as the same word (always includes an exact hit). */
  similarTokens(token: string): string[] {
    const cached = this.similarCache.get(token);
    if (cached) return cached;
    const out = this.postings.has(token) ? [token] : [];
    if (token.length >= FUZZY_MIN_LENGTH) {
      const grams = bigrams(token);
      // tokenSimilarity requires half of the larger bigram set, so half of ours is a safe pre-filter.
      const needed = Math.ceil(grams.size / 2);
      const shared = new Map<number, number>();
      for (const g of grams) for (const id of this.vocabBigrams.get(g) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
      for (const [id, n] of shared) {
        const candidate = this.vocab[id];
        if (n < needed || candidate === undefined || candidate === token) continue;
        if (tokenSimilarity(token, candidate) > 0) out.push(candidate);
      }
    }
    // Caller-controlled input must not grow memory without bound.
    if (this.similarCache.size >= SIMILAR_CACHE_LIMIT) this.similarCache.clear();
    this.similarCache.set(token, out);
    return out;
  }

  /**
   * Names scoring at least `threshold - slack` against the query tokens. `slack` lets the caller
   * add bonuses (a matching date of birth) after the fact without missing candidates.
   */
  query(tokens: readonly string[], threshold: number, slack: number, stats: NameQueryStats): NameHit[] {
    if (tokens.length === 0) return [];
    const hits = new Map<number, number>();
    for (const token of tokens) {
      // Counted once per query token even if several similar spellings occur in the same name.
      const seen = new Set<number>();
      for (const similar of this.similarTokens(token)) {
        for (const id of this.postings.get(similar) ?? []) {
          if (seen.has(id)) continue;
          seen.add(id);
          hits.set(id, (hits.get(id) ?? 0) + 1);
        }
      }
    }
    stats.candidates += hits.size;
    const out: NameHit[] = [];
    for (const [id, count] of hits) {
      const name = this.names[id];
      if (!name) continue;
      if (tokenSetUpperBound(count, tokens.length, name.tokens.length) + slack < threshold) continue;
      stats.scored++;
      const score = tokenSetScore(tokens, name.tokens);
      if (score + slack >= threshold) out.push({ name, score });
    }
    return out;
  }
}
