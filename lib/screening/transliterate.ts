// Names in other scripts are compared through their Latin spelling: candidates write "Vladimir
// Putin" for a listed "Владимир Путин" and the UN publishes original-script names beside the
// Latin ones. Hangul is spelt syllable by syllable from the jamo tables (so it meets the Korean
// romanisation keys), Han characters through pinyin (a per-character reading; Chinese names are
// one syllable per character, so a joined given name is matched by concatenation), and every
// other script through any-ascii's per-character tables.
import anyAscii from "any-ascii";
import { pinyin } from "pinyin-pro";
import { hangulRomanized, isHangulSyllable } from "./hangul";

const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const HAN = /\p{Script=Han}/u;
const ASCII = /^[\x00-\x7f]*$/;

export interface Transliterated {
  /** Latin text; each Hangul syllable and Han character is one word written ǂN ǂspelling (see CJK_MARK). */
  text: string;
  /** The Hangul syllables and Han characters in order: word ǂN ǂ is `originals[N]`. */
  originals: string[];
}

/**
 * Marks a word spelt from one Hangul syllable or Han character, with the character's index, so
 * the tokenizer can keep the original: two different characters read alike (高石/高市, 종/정)
 * are different names even though their Latin spellings agree. ǂ is a letter, so folding keeps it.
 */
export const CJK_MARK = /^ǂ(\d+)ǂ(.+)$/u;

/** Latin-script text of a name; text already in Latin script comes back unchanged. */
export function transliterate(input: string): Transliterated {
  if (ASCII.test(input) || !NON_LATIN.test(input)) return { text: input, originals: [] };
  const originals: string[] = [];
  const mark = (ch: string, spelling: string) => {
    originals.push(ch);
    return ` ǂ${originals.length - 1}ǂ${spelling} `;
  };
  let text = input.replace(/[\uac00-\ud7a3]/g, (ch) =>
    isHangulSyllable(ch) ? mark(ch, hangulRomanized(ch) ?? "") : ch,
  );
  if (HAN.test(text)) {
    text = text.replace(/\p{Script=Han}+/gu, (run) => {
      const readings = pinyin(run, { toneType: "none", type: "array" });
      return [...run].map((ch, k) => mark(ch, readings[k] ?? "")).join("");
    });
  }
  // any-ascii spells some letters with ASCII punctuation (Georgian ejectives as k'); fold drops it.
  const latin = text
    .split(/( ǂ\d+ǂ[a-z]* )/u)
    .map((seg, k) => (k % 2 === 1 ? seg : anyAscii(seg)))
    .join("");
  return { text: latin, originals };
}
