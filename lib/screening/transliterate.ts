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

export interface Transliterated {
  text: string;
  /** Words that were written in Hangul, in their romanised form (syllables separated by spaces). */
  hangulWords: number;
}

/** Latin-script text of a name; text already in Latin script comes back unchanged. */
export function transliterate(input: string): Transliterated {
  if (!NON_LATIN.test(input)) return { text: input, hangulWords: 0 };
  let hangulWords = 0;
  // Hangul words become space-separated syllables: 김정은 → "gim jeong eun".
  let text = input.replace(/[\uac00-\ud7a3]+/g, (word) => {
    hangulWords++;
    return ` ${[...word].map((ch) => (isHangulSyllable(ch) ? hangulRomanized(ch) ?? "" : ch)).join(" ")} `;
  });
  if (HAN.test(text)) {
    text = text.replace(/\p{Script=Han}+/gu, (run) => ` ${pinyin(run, { toneType: "none", type: "array" }).join(" ")} `);
  }
  // any-ascii spells some letters with ASCII punctuation (Georgian ejectives as k'); fold drops it.
  return { text: anyAscii(text), hangulWords };
}
