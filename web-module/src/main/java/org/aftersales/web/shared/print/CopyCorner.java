package org.aftersales.web.shared.print;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes the copy's label (第一联 存根 …) in the top right corner of every page of that copy, and
 * the form's footer at the bottom: a copy that runs onto a second sheet is still marked.
 */
final class CopyCorner extends PdfPageEventHelper {

    private final PaperStyle style;
    private final String footer;
    private String copy = "";

    CopyCorner(PaperStyle style, String footer) {
        this.style = style;
        this.footer = footer;
    }

    /** The copy the following pages belong to. */
    void copy(String label) {
        this.copy = label;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        if (!copy.isEmpty()) {
            ColumnText.showTextAligned(
                    canvas, Element.ALIGN_RIGHT, style.copy(copy), document.right(), document.top() + 16f, 0f);
        }
        if (!footer.isEmpty()) {
            ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_CENTER,
                    style.footer(footer),
                    (document.left() + document.right()) / 2f,
                    document.bottom() - 20f,
                    0f);
        }
    }
}
