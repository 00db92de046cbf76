/**
 * 带批注的 Word 文件: the checked draft back as a .docx with every finding as a Word comment on
 * exactly the flagged text. Pure (no DOM, no node:), for the /check/ page, `npm run check
 * --annotate` and the batch review alike.
 *
 *   annotateDocx(docxBytes, findings, meta?) → Uint8Array
 *     The user's own .docx with comments added; every other part byte for byte the same. The
 *     findings are those checkDraft gave on the text the shared reader reads from these bytes
 *     (docxPlainText(readDocx(bytes))), offsets in UTF-16 units of that text. Needs only fflate.
 *     Throws AnnotateError (a Chinese message) when the bytes cannot be read as a .docx.
 *
 *   annotatedDocxFromText(text, findings, meta?) → Promise<Uint8Array>
 *     A pasted draft as a new document in the GB/T 9704 layout (../outline/gongwen-docx.ts), one
 *     paragraph a line, 一、（一）1.（1） headings recognised as the checker does, with the comments.
 *     Loads the `docx` package; in the browser import it from ./from-text.ts on demand.
 *
 * A finding that cannot be anchored (text in a text box, say) is listed in one comment at the
 * start of the document, never dropped.
 */
export { annotateDocx, AnnotateError } from './annotate-docx.ts';
export { annotatedDocxFromText } from './from-text.ts';
export type { AnnotateFinding, AnnotateMeta } from './comments.ts';
