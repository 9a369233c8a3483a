package org.aftersales.web.shared.print;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import java.awt.Color;

/** Type sizes, colours and cells of the paper forms: shaded label cells, white value cells. */
final class PaperStyle {

    static final float ROW_HEIGHT = 22f;
    static final float PADDING = 4f;

    private static final Color SHADE = new Color(0xE6, 0xE6, 0xE6);
    private static final Color ENGLISH = new Color(0x59, 0x59, 0x59);
    private static final Color NUMBER = new Color(0xB0, 0x1E, 0x1E);

    private final Font label;
    private final Font english;
    private final Font value;
    private final Font company;
    private final Font title;
    private final Font subtitle;
    private final Font number;
    private final Font copy;
    private final Font footer;

    private final float contentWidth;

    PaperStyle(BaseFont base, float contentWidth) {
        this.contentWidth = contentWidth;
        this.label = new Font(base, 9f);
        this.english = new Font(base, 6.5f, Font.NORMAL, ENGLISH);
        this.value = new Font(base, 9.5f);
        this.company = new Font(base, 12f);
        this.title = new Font(base, 18f, Font.BOLD);
        this.subtitle = new Font(base, 8f, Font.NORMAL, ENGLISH);
        this.number = new Font(base, 10.5f, Font.NORMAL, NUMBER);
        this.copy = new Font(base, 10f, Font.BOLD);
        this.footer = new Font(base, 7.5f, Font.NORMAL, ENGLISH);
    }

    /** The width between the page's margins, in points. */
    float contentWidth() {
        return contentWidth;
    }

    /**
     * The narrowest cell that shows a label without breaking inside a word: the Chinese term whole on
     * its line, each English word whole on the line below (issue 10.17).
     */
    float minimumWidth(PaperForm.Label text) {
        float widest = label.getBaseFont().getWidthPoint(text.chinese(), label.getSize());
        for (String word : text.english().split("\\s+")) {
            widest = Math.max(widest, english.getBaseFont().getWidthPoint(word, english.getSize()));
        }
        return widest + 2 * PADDING + 1f;
    }

    /** A shaded cell with the Chinese label and its English in small type below. */
    PdfPCell label(PaperForm.Label text, int colspan) {
        Phrase phrase = new Phrase();
        phrase.add(new Chunk(text.chinese(), label));
        if (!text.english().isEmpty()) {
            phrase.add(new Chunk("\n" + text.english(), english));
        }
        PdfPCell cell = cell(phrase, colspan);
        cell.setBackgroundColor(SHADE);
        return cell;
    }

    /** A value cell: long text wraps and the row grows, nothing is cut. */
    PdfPCell value(String text, int colspan, int alignment) {
        PdfPCell cell = cell(new Phrase(text == null ? "" : text, value), colspan);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    private PdfPCell cell(Phrase phrase, int colspan) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setColspan(colspan);
        cell.setLeading(0f, 1.3f);
        cell.setPadding(PADDING);
        cell.setPaddingTop(2f);
        cell.setUseAscender(true);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setMinimumHeight(ROW_HEIGHT);
        return cell;
    }

    Phrase company(String text) {
        return new Phrase(text, company);
    }

    Phrase title(PaperForm.Label text) {
        Phrase phrase = new Phrase();
        phrase.add(new Chunk(text.chinese(), title));
        if (!text.english().isEmpty()) {
            phrase.add(new Chunk("\n" + text.english(), subtitle));
        }
        return phrase;
    }

    Phrase number(String text) {
        return new Phrase("No. " + text, number);
    }

    Phrase copy(String text) {
        return new Phrase(text, copy);
    }

    Phrase footer(String text) {
        return new Phrase(text, footer);
    }
}
