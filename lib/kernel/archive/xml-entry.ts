import { SaxesParser } from "saxes";
import { inflateEntry, type InflateBudget } from "./inflate-entry";
import { ReadRefusal } from "./refusal";
import type { ZipEntry } from "./zip-directory";

export interface XmlHandlers {
  /** Names without their namespace prefix (`x:c` and `c` are the same element). */
  open?(name: string, attributes: Record<string, string>): void;
  /** The text inside the elements named in `textOf` (and only there). */
  text?(text: string): void;
  textOf?: ReadonlySet<string>;
  close?(name: string): void;
}

/** A cell holds at most 32,767 characters; written with entities that is well under this. */
const MAX_TEXT_RUN = 1024 * 1024;

const local = (name: string) => (name.includes(":") ? name.slice(name.indexOf(":") + 1) : name);

/** Attributes by local name; the parser's own object when none has a prefix (the usual case). */
function localAttributes(attributes: Record<string, string>): Record<string, string> {
  let prefixed = false;
  for (const name in attributes) if (name.includes(":")) prefixed = true;
  if (!prefixed) return attributes;
  const out: Record<string, string> = {};
  for (const name in attributes) out[local(name)] = attributes[name]!;
  return out;
}

/**
 * Streams one XML entry of an archive through a SAX parser as it is inflated: the document is
 * never held whole. A DOCTYPE is refused outright — office formats have none, and its entity
 * declarations are the classic way to make a small XML file expand ("billion laughs").
 */
export function readXmlEntry(entry: ZipEntry, budget: InflateBudget, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("doctype", () => {
    throw new ReadRefusal("unreadable", `${entry.name} has a DOCTYPE`);
  });
  parser.on("error", (err) => {
    throw new ReadRefusal("unreadable", `${entry.name}: ${err.message}`);
  });
  const { open, close, text, textOf } = handlers;
  // The parser gathers text only while a text handler is set: it is set inside the elements
  // whose text is wanted, so white space and other text elsewhere cost nothing.
  let depth = 0;
  parser.on("opentag", (tag) => {
    budget.element();
    const name = local(tag.name);
    if (text && textOf?.has(name) && !tag.isSelfClosing && depth++ === 0) {
      parser.on("text", text);
      parser.on("cdata", text);
    }
    open?.(name, localAttributes(tag.attributes as Record<string, string>));
  });
  parser.on("closetag", (tag) => {
    const name = local(tag.name);
    if (text && textOf?.has(name) && !tag.isSelfClosing && --depth === 0) {
      parser.off("text");
      parser.off("cdata");
    }
    close?.(name);
  });
  const decoder = new TextDecoder("utf-8", { fatal: true });
  // The parser keeps text (and a tag being read) until the next "<": a run without one is capped,
  // so a part of nothing but white space or one giant value cannot pile up in memory.
  let run = 0;
  const feed = (text: string) => {
    const first = text.indexOf("<");
    if (run + (first === -1 ? text.length : first) > MAX_TEXT_RUN)
      throw new ReadRefusal("tooBig", `${entry.name}: text longer than ${MAX_TEXT_RUN} characters`);
    run = first === -1 ? run + text.length : text.length - text.lastIndexOf("<") - 1;
    parser.write(text);
  };
  inflateEntry(entry, budget, (chunk) => feed(decoder.decode(chunk, { stream: true })));
  feed(decoder.decode());
  parser.close();
}
