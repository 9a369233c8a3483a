package org.aftersales.web.shared.print;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A paper form of the after-sales department as a PDF, laid out like the Chinese originals: the
 * company on top, the form's title, its document number (T10) in red, a grid of shaded label cells
 * and value cells, tables of lines, a signature row and a footer. The form is printed once per copy
 * (联), each copy on its own A4 page with its label in the corner, as the multi-part paper forms
 * have them (T8: stub, after-sales, customer). Values wrap; nothing is cut.
 *
 * <pre>{@code
 * byte[] pdf = PaperForm.builder(new Label("维修记录单", "Service Record"))
 *         .number("YX-26-11-01")
 *         .copies("第一联 存根", "第二联 售后服务", "第三联 客户")
 *         .pair(new Label("客户名称", "Customer"), "上海电气", new Label("电话", "Phone"), "021-5555")
 *         .text(new Label("故障描述", "Fault"), description)
 *         .signature(new Label("客户签字", "Customer signature"), png, "张三", "2026-11-03")
 *         .build().render();
 * }</pre>
 */
public final class PaperForm {

    /** The heading when the caller names no company or department. */
    public static final String DEFAULT_COMPANY = "售后服务部";

    private static final float TEXT_HEIGHT = 56f;
    private static final float MARGIN = 42f;
    private static final float SIGNATURE_WIDTH = 160f;

    private final String company;
    private final Label title;
    private final String number;
    private final List<String> copies;
    private final List<FormSection> sections;
    private final String footer;
    private final boolean landscape;

    private PaperForm(Builder builder) {
        this.company = builder.company;
        this.title = builder.title;
        this.number = builder.number;
        this.copies = List.copyOf(builder.copies);
        this.sections = List.copyOf(builder.sections);
        this.footer = builder.footer;
        this.landscape = builder.landscape;
    }

    public static Builder builder(Label title) {
        return new Builder(title);
    }

    /** The PDF: one A4 page per copy (more if a copy runs over), in the order the copies were named. */
    public byte[] render() {
        com.lowagie.text.Rectangle page = landscape ? PageSize.A4.rotate() : PageSize.A4;
        PaperStyle style = new PaperStyle(PrintFonts.chinese(), page.getWidth() - 2 * MARGIN);
        CopyCorner corner = new CopyCorner(style, footer);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(page, MARGIN, MARGIN, 56f, 50f);
        try {
            PdfWriter.getInstance(document, out).setPageEvent(corner);
            document.addTitle(title.chinese() + (number.isEmpty() ? "" : " " + number));
            document.addCreator("aftersales");
            document.open();
            for (int i = 0; i < copies.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                corner.copy(copies.get(i));
                heading(document, style);
                for (FormSection section : sections) {
                    document.add(section.table(style));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The form " + title.chinese() + " cannot be laid out", e);
        }
        return out.toByteArray();
    }

    private void heading(Document document, PaperStyle style) throws DocumentException {
        Paragraph company = new Paragraph(style.company(this.company));
        company.setAlignment(Element.ALIGN_CENTER);
        document.add(company);
        Paragraph title = new Paragraph(style.title(this.title));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setLeading(0f, 1.3f);
        title.setSpacingBefore(2f);
        document.add(title);
        Paragraph number = new Paragraph(this.number.isEmpty() ? style.footer(" ") : style.number(this.number));
        number.setAlignment(Element.ALIGN_RIGHT);
        number.setSpacingAfter(4f);
        document.add(number);
    }

    /** A label on the form: the Chinese text, with the English in small type below it. */
    public record Label(String chinese, String english) {
        public Label {
            Objects.requireNonNull(chinese, "The Chinese label is required.");
            english = english == null ? "" : english;
        }
    }

    /** A column of a table of lines; numeric columns are right-aligned. */
    public record Column(Label label, float width, boolean numeric) {
        public Column {
            Objects.requireNonNull(label, "Column label is required.");
            if (width <= 0f) {
                throw new IllegalArgumentException("Column width must be positive: " + width);
            }
        }

        public static Column text(Label label, float width) {
            return new Column(label, width, false);
        }

        public static Column number(Label label, float width) {
            return new Column(label, width, true);
        }
    }

    /** Collects the sections top to bottom; neighbouring grid rows share one grid. */
    public static final class Builder {

        private final Label title;
        private final List<String> copies = new ArrayList<>(List.of(""));
        private final List<FormSection> sections = new ArrayList<>();
        private final List<FormSection.GridRow> rows = new ArrayList<>();
        private String company = DEFAULT_COMPANY;
        private String number = "";
        private String footer = "";
        private boolean landscape;

        private Builder(Label title) {
            this.title = Objects.requireNonNull(title, "Form title is required.");
        }

        /** The company or department heading the form; {@value PaperForm#DEFAULT_COMPANY} by default. */
        public Builder company(String company) {
            this.company = company == null || company.isBlank() ? DEFAULT_COMPANY : company;
            return this;
        }

        /** The document number, printed as {@code No. YX-26-11-01}. */
        public Builder number(String number) {
            this.number = number == null ? "" : number;
            return this;
        }

        /** The copies (联), one page each, labelled in the corner; one unlabelled copy by default. */
        public Builder copies(String... labels) {
            if (labels.length == 0) {
                throw new IllegalArgumentException("A form has at least one copy.");
            }
            copies.clear();
            for (String label : labels) {
                copies.add(Objects.requireNonNull(label, "Copy label is required."));
            }
            return this;
        }

        /** Two label/value pairs in one row. */
        public Builder pair(Label left, String leftValue, Label right, String rightValue) {
            rows.add(new FormSection.Pair(left, leftValue, right, rightValue));
            return this;
        }

        /** One label/value pair across the whole row. */
        public Builder wide(Label label, String value) {
            rows.add(new FormSection.Wide(label, value, PaperStyle.ROW_HEIGHT));
            return this;
        }

        /** A free-text block: a tall box for a longer text, or for handwriting when the text is empty. */
        public Builder text(Label label, String text) {
            rows.add(new FormSection.Wide(label, text, TEXT_HEIGHT));
            return this;
        }

        /** A shaded band across the form that opens the next part, e.g. the return slip. */
        public Builder part(Label label) {
            rows.add(new FormSection.Band(label));
            return this;
        }

        /** A table of lines under a header row; each line has one text per column. */
        public Builder table(List<Column> columns, List<List<String>> lines) {
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("A table has at least one column.");
            }
            for (List<String> line : lines) {
                if (line.size() != columns.size()) {
                    throw new IllegalArgumentException(
                            "A line has " + line.size() + " values for " + columns.size() + " columns: " + line);
                }
            }
            add(new FormSection.Lines(columns, lines));
            return this;
        }

        /**
         * The signature row: the signature as a PNG (null leaves the box empty for a pen), the
         * signer's name and the date as printed.
         */
        public Builder signature(Label label, byte[] png, String signer, String date) {
            add(new FormSection.Signature(label, png == null ? null : image(png), signer, date));
            return this;
        }

        /** The page across (A4 landscape), for a table of many columns such as the monthly report. */
        public Builder landscape() {
            this.landscape = true;
            return this;
        }

        /** A line of small print at the bottom of every page. */
        public Builder footer(String footer) {
            this.footer = footer == null ? "" : footer;
            return this;
        }

        public PaperForm build() {
            flushRows();
            return new PaperForm(this);
        }

        private void add(FormSection section) {
            flushRows();
            sections.add(section);
        }

        private void flushRows() {
            if (!rows.isEmpty()) {
                sections.add(new FormSection.Grid(rows));
                rows.clear();
            }
        }

        private static Image image(byte[] png) {
            try {
                Image image = Image.getInstance(png);
                image.scaleToFit(SIGNATURE_WIDTH, FormSection.Signature.BOX_HEIGHT - 6f);
                return image;
            } catch (DocumentException | IOException e) {
                throw new IllegalArgumentException("The signature is not a readable image: " + e.getMessage(), e);
            }
        }
    }
}
