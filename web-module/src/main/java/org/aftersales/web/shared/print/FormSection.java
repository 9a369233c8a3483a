package org.aftersales.web.shared.print;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.aftersales.web.shared.print.PaperForm.Column;
import org.aftersales.web.shared.print.PaperForm.Label;

/**
 * One part of a paper form, stacked below the one before without a gap, so the borders of the
 * sections join into one grid as on the printed originals. Each copy gets fresh PDF elements.
 */
sealed interface FormSection {

    PdfPTable table(PaperStyle style);

    private static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100f);
        table.setSplitLate(false);
        return table;
    }

    /** Rows of label and value cells on four columns: label, value, label, value. */
    record Grid(List<GridRow> rows) implements FormSection {

        public Grid {
            rows = List.copyOf(rows);
        }

        @Override
        public PdfPTable table(PaperStyle style) {
            PdfPTable table = FormSection.table(14f, 36f, 14f, 36f);
            rows.forEach(row -> row.addTo(table, style));
            return table;
        }
    }

    /** A row of the grid. */
    sealed interface GridRow {
        void addTo(PdfPTable table, PaperStyle style);
    }

    /** Two label/value pairs side by side. */
    record Pair(Label left, String leftValue, Label right, String rightValue) implements GridRow {
        @Override
        public void addTo(PdfPTable table, PaperStyle style) {
            table.addCell(style.label(left, 1));
            table.addCell(style.value(leftValue, 1, Element.ALIGN_LEFT));
            table.addCell(style.label(right, 1));
            table.addCell(style.value(rightValue, 1, Element.ALIGN_LEFT));
        }
    }

    /** One label and a value across the rest of the row, at least {@code minHeight} high. */
    record Wide(Label label, String value, float minHeight) implements GridRow {
        @Override
        public void addTo(PdfPTable table, PaperStyle style) {
            PdfPCell name = style.label(label, 1);
            PdfPCell text = style.value(value, 3, Element.ALIGN_LEFT);
            text.setMinimumHeight(minHeight);
            if (minHeight > PaperStyle.ROW_HEIGHT) {
                text.setVerticalAlignment(Element.ALIGN_TOP);
            }
            table.addCell(name);
            table.addCell(text);
        }
    }

    /** A shaded band across the form that opens a part of it. */
    record Band(Label label) implements GridRow {
        @Override
        public void addTo(PdfPTable table, PaperStyle style) {
            PdfPCell band = style.label(label, 4);
            band.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(band);
        }
    }

    /** Lines under a header row; numeric columns right-aligned. */
    record Lines(List<Column> columns, List<List<String>> rows) implements FormSection {

        public Lines {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }

        @Override
        public PdfPTable table(PaperStyle style) {
            PdfPTable table = FormSection.table(widths(style));
            for (Column column : columns) {
                PdfPCell header = style.label(column.label(), 1);
                header.setHorizontalAlignment(column.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                table.addCell(header);
            }
            table.setHeaderRows(1);
            for (List<String> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    table.addCell(style.value(
                            row.get(i), 1, columns.get(i).numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
                }
            }
            return table;
        }

        /**
         * The columns' widths in points: as the caller weighed them, but never narrower than the
         * header needs to stay whole (issue 10.17: no 期初金/额, no Clos/ing); the columns with room to
         * spare give it up in proportion to their weights.
         */
        float[] widths(PaperStyle style) {
            int n = columns.size();
            float[] minimum = new float[n];
            float[] widths = new float[n];
            boolean[] fixed = new boolean[n];
            for (int i = 0; i < n; i++) {
                minimum[i] = style.minimumWidth(columns.get(i).label());
            }
            float total = style.contentWidth();
            boolean changed = true;
            while (changed) {
                changed = false;
                float free = total;
                float weights = 0f;
                for (int i = 0; i < n; i++) {
                    if (fixed[i]) {
                        free -= minimum[i];
                    } else {
                        weights += columns.get(i).width();
                    }
                }
                for (int i = 0; i < n; i++) {
                    widths[i] = fixed[i]
                            ? minimum[i]
                            : Math.max(0f, free) * columns.get(i).width() / weights;
                    if (!fixed[i] && widths[i] < minimum[i]) {
                        fixed[i] = true;
                        changed = true;
                    }
                }
                if (weights == 0f) {
                    break; // every column at its minimum: wider than the page, the table is scaled by OpenPDF
                }
            }
            return widths;
        }
    }

    /**
     * The signature row: a box with the signature image (or empty for a pen), who signed and when.
     * The image is read once and shared by every copy, so the PDF holds it once.
     */
    record Signature(Label label, Image image, String signer, String date) implements FormSection {

        static final float BOX_HEIGHT = 52f;

        @Override
        public PdfPTable table(PaperStyle style) {
            PdfPTable table = FormSection.table(14f, 36f, 10f, 16f, 8f, 16f);
            table.addCell(style.label(label, 1));
            PdfPCell box = image == null ? style.value("", 1, Element.ALIGN_CENTER) : new PdfPCell(image, false);
            box.setMinimumHeight(BOX_HEIGHT);
            box.setPadding(3f);
            box.setHorizontalAlignment(Element.ALIGN_CENTER);
            box.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(box);
            table.addCell(style.label(new Label("签字人", "Signed by"), 1));
            table.addCell(style.value(signer, 1, Element.ALIGN_LEFT));
            table.addCell(style.label(new Label("日期", "Date"), 1));
            table.addCell(style.value(date, 1, Element.ALIGN_LEFT));
            return table;
        }
    }
}
