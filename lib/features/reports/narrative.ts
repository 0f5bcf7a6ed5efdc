/**
 * Narrative sections are plain text: a blank line starts a new paragraph and consecutive lines
 * starting with "- " form a list. Parsed into blocks once, rendered as HTML (web, PDF) or Word.
 */
export type NarrativeBlock = { kind: "paragraph"; text: string } | { kind: "list"; items: string[] };

export function parseNarrative(text: string): NarrativeBlock[] {
  const blocks: NarrativeBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const lines = chunk
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    if (!lines.length) continue;
    let para: string[] = [];
    let list: string[] = [];
    const flush = () => {
      if (para.length) blocks.push({ kind: "paragraph", text: para.join(" ") });
      if (list.length) blocks.push({ kind: "list", items: list });
      para = [];
      list = [];
    };
    for (const line of lines) {
      if (line.startsWith("- ")) {
        if (para.length) flush();
        list.push(line.slice(2).trim());
      } else {
        if (list.length) flush();
        para.push(line);
      }
    }
    flush();
  }
  return blocks;
}
