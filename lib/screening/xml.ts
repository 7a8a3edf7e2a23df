import { lineAt, WatchlistParseError } from "./errors";

// A deliberately small, strict XML reader: enough for the UN consolidated list (elements,
// attributes, text, the five predefined entities, character references, CDATA, comments,
// processing instructions). No DTDs, no namespaces processing, no external entities, which
// also means nothing in a downloaded file can make us fetch or expand anything.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated direct text and CDATA content, entities decoded, not trimmed; whitespace-only runs are skipped. */
  text: string;
  /** Character offset of the start tag, for error messages. */
  offset: number;
}

const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const SPACE = /\s*/y;

export function parseXml(xml: string, file: string): XmlElement {
  const fail = (offset: number, reason: string): never => {
    throw new WatchlistParseError(file, lineAt(xml, offset), reason);
  };

  const decode = (raw: string, offset: number): string => {
    if (!raw.includes("&")) return raw;
    return raw.replace(/&([^;&\s]*);?/g, (whole, ref: string) => {
      if (!whole.endsWith(";"))
        return fail(offset, `bare "&" (unescaped ampersand) near ${JSON.stringify(whole.slice(0, 20))}`);
      const hex = /^#x([0-9a-fA-F]+)$/.exec(ref);
      const dec = /^#([0-9]+)$/.exec(ref);
      const code = hex ? parseInt(hex[1] ?? "", 16) : dec ? parseInt(dec[1] ?? "", 10) : NaN;
      if (!Number.isNaN(code)) {
        if (code > 0x10ffff || code === 0) return fail(offset, `invalid character reference &${ref};`);
        return String.fromCodePoint(code);
      }
      const named = PREDEFINED[ref];
      return named ?? fail(offset, `unknown entity &${ref};`);
    });
  };

  const readName = (at: number): string => {
    if (at >= xml.length) fail(at, "document ends inside a tag (file truncated?)");
    NAME.lastIndex = at;
    const m = NAME.exec(xml);
    return m ? m[0] : fail(at, "expected a name");
  };
  const skipSpace = (at: number): number => {
    SPACE.lastIndex = at;
    SPACE.exec(xml);
    return SPACE.lastIndex;
  };

  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let pos = xml.charCodeAt(0) === 0xfeff ? 1 : 0;

  while (pos < xml.length) {
    const lt = xml.indexOf("<", pos);
    const textEnd = lt === -1 ? xml.length : lt;
    if (textEnd > pos) {
      const raw = xml.slice(pos, textEnd);
      const top = stack[stack.length - 1];
      const firstChar = raw.search(/\S/);
      // Indentation between child elements is dropped: it is most of the text nodes and none of the data.
      if (firstChar !== -1) {
        if (top) top.text += decode(raw, pos);
        else fail(pos + firstChar, root ? "content after the root element" : "text before the root element");
      }
    }
    if (lt === -1) break;

    if (xml.startsWith("<?", lt)) {
      const end = xml.indexOf("?>", lt);
      if (end === -1) fail(lt, "unterminated processing instruction");
      pos = end + 2;
    } else if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt + 4);
      if (end === -1) fail(lt, "unterminated comment (file truncated?)");
      pos = end + 3;
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt);
      const top = stack[stack.length - 1];
      if (end === -1) fail(lt, "unterminated CDATA section (file truncated?)");
      if (!top) fail(lt, "CDATA outside the root element");
      else top.text += xml.slice(lt + 9, end);
      pos = end + 3;
    } else if (xml.startsWith("<!DOCTYPE", lt)) {
      const end = xml.indexOf(">", lt);
      if (end === -1) fail(lt, "unterminated DOCTYPE");
      if (xml.slice(lt, end).includes("[")) fail(lt, "DOCTYPE internal subsets are not supported");
      pos = end + 1;
    } else if (xml.startsWith("</", lt)) {
      const name = readName(lt + 2);
      const close = skipSpace(lt + 2 + name.length);
      if (close >= xml.length) fail(lt, `end tag </${name} is cut off (file truncated?)`);
      if (xml[close] !== ">") fail(lt, `malformed end tag </${name}`);
      const open = stack.pop();
      if (!open) fail(lt, `end tag </${name}> without a start tag`);
      else if (open.name !== name)
        fail(
          lt,
          `end tag </${name}> does not match <${open.name}> opened on line ${lineAt(xml, open.offset)}`,
        );
      pos = close + 1;
    } else {
      if (root && stack.length === 0) fail(lt, "second root element");
      const el: XmlElement = { name: readName(lt + 1), attrs: {}, children: [], text: "", offset: lt };
      let at = lt + 1 + el.name.length;
      for (;;) {
        at = skipSpace(at);
        if (at >= xml.length) fail(lt, `tag <${el.name}> is cut off (file truncated?)`);
        if (xml.startsWith("/>", at) || xml[at] === ">") break;
        const attr = readName(at);
        at = skipSpace(at + attr.length);
        if (xml[at] !== "=") fail(at, `attribute ${attr} without a value`);
        at = skipSpace(at + 1);
        const quote = xml[at];
        if (quote !== '"' && quote !== "'") fail(at, `attribute ${attr} value is not quoted`);
        const end = xml.indexOf(quote ?? '"', at + 1);
        if (end === -1) fail(at, `tag <${el.name}> is cut off (file truncated?)`);
        const value = xml.slice(at + 1, end);
        if (value.includes("<")) fail(at, `"<" inside attribute ${attr}`);
        if (attr in el.attrs) fail(at, `duplicate attribute ${attr}`);
        el.attrs[attr] = decode(value, at);
        at = end + 1;
      }
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else root = el;
      if (xml[at] === ">") {
        stack.push(el);
        pos = at + 1;
      } else {
        pos = at + 2;
      }
    }
  }
  const open = stack[stack.length - 1];
  if (open)
    fail(xml.length, `unclosed <${open.name}> opened on line ${lineAt(xml, open.offset)} (file truncated?)`);
  if (!root) return fail(0, "no root element (empty or not XML)");
  return root;
}

export function childElements(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

export function firstChild(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

/** Trimmed text of the first child with this name, or "" when absent or empty. */
export function childText(el: XmlElement, name: string): string {
  return firstChild(el, name)?.text.trim() ?? "";
}
