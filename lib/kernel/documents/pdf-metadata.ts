import "server-only";
import { PDFDict, PDFDocument, PDFName } from "pdf-lib";

export type PdfMetadata = {
  title: string;
  /** BCP 47, as the document's /Lang. */
  lang: string;
  creator?: string;
};

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const x = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/**
 * The XMP packet PDF/UA asks for (ISO 14289-1, 5 and 7.1): the document's title (dc:title), its
 * language, and the claim `pdfuaid:part 1`. Chromium writes the title only into the document
 * information dictionary, which PDF 2.0 deprecates and PDF/UA checkers do not read.
 */
export function xmpPacket(meta: PdfMetadata, at: Date): string {
  const when = at.toISOString();
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${x(meta.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>${x(meta.lang)}</rdf:li></rdf:Bag></dc:language>${
     meta.creator ? `\n   <dc:creator><rdf:Seq><rdf:li>${x(meta.creator)}</rdf:li></rdf:Seq></dc:creator>` : ""
   }
   <xmp:CreatorTool>Charta</xmp:CreatorTool>
   <xmp:CreateDate>${when}</xmp:CreateDate>
   <xmp:ModifyDate>${when}</xmp:ModifyDate>
   <xmp:MetadataDate>${when}</xmp:MetadataDate>
   <pdf:Producer>Charta (Chromium, pdf-lib)</pdf:Producer>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/**
 * Adds what a PDF/UA reader looks for to a tagged PDF printed by Chromium: the XMP metadata
 * stream (title, language, PDF/UA identifier), the title shown in the window instead of the
 * file name (/ViewerPreferences /DisplayDocTitle), and the title and language in the document
 * information too. Everything else — the structure tree, /MarkInfo, /Lang, the outline — is
 * kept as Chromium wrote it.
 */
export async function withPdfUaMetadata(pdf: Uint8Array, meta: PdfMetadata, at = new Date()): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const xmp = doc.context.stream(new TextEncoder().encode(xmpPacket(meta, at)), { Type: "Metadata", Subtype: "XML" });
  doc.catalog.set(PDFName.of("Metadata"), doc.context.register(xmp));
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  // pdf-lib writes /Type /ViewerPreferences into the dictionary; the PDF specification has no such
  // key there, and readers (pdf.js) warn about it.
  doc.catalog.lookupMaybe(PDFName.of("ViewerPreferences"), PDFDict)?.delete(PDFName.of("Type"));
  doc.setLanguage(meta.lang);
  if (meta.creator) doc.setAuthor(meta.creator);
  doc.setProducer("Charta (Chromium, pdf-lib)");
  return Buffer.from(await doc.save({ useObjectStreams: false, updateFieldAppearances: false }));
}
