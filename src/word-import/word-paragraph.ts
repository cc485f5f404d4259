/**
 * One paragraph of a Word file as the import reads it: its text and the marks that tell a heading
 * from body text and a list item from a paragraph. Plain data, so the reader can run in a worker
 * and hand the result back as JSON.
 */
export interface WordParagraph {
  /** The paragraph's text, tabs and line breaks as spaces, trimmed. */
  text: string;
  /** Styled as a Word heading ("Heading 1", "Tiêu đề 2", "Title"). */
  isHeading: boolean;
  /** Every run with text in it is bold: how many clerks mark "1. Công tác chỉ đạo" by hand. */
  isBold: boolean;
  /** A Word list item (bullets or automatic numbering), not a typed "- ". */
  isListItem: boolean;
  /** The list level (0 = top) of a Word list item; 0 otherwise. */
  listLevel: number;
}
