package org.aftersales.web.shared.print;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;

/** A rendered PDF as the tests read it back: pages, text per page, images per page. */
public final class PrintedPdf {

    private final PdfReader reader;

    public PrintedPdf(byte[] pdf) {
        try {
            this.reader = new PdfReader(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Skips the test when only the non-embedded Adobe font is left: its text cannot be extracted. */
    public static void assumeChineseFontFile() {
        assumeTrue(
                PrintFonts.chinese().isEmbedded(),
                "No Chinese font file on this machine: install fonts-wqy-microhei " + "or set -D" + PrintFonts.PROPERTY
                        + "=/path/to/font.ttc");
    }

    public int pages() {
        return reader.getNumberOfPages();
    }

    /** The text of a page (from 1) without any whitespace, so wrapped lines read as one. */
    public String text(int page) {
        try {
            return new PdfTextExtractor(reader).getTextFromPage(page).replaceAll("\\s+", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The number of image XObjects the page draws. */
    public int images(int page) {
        return imageReferences(page).size();
    }

    /** The number of distinct image XObjects the pages draw: a shared image counts once. */
    public int distinctImages() {
        Set<Integer> images = new HashSet<>();
        for (int page = 1; page <= pages(); page++) {
            images.addAll(imageReferences(page));
        }
        return images.size();
    }

    private List<Integer> imageReferences(int page) {
        PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
        PdfDictionary objects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
        List<Integer> images = new ArrayList<>();
        if (objects != null) {
            for (PdfName name : objects.getKeys()) {
                PdfIndirectReference reference = objects.getAsIndirectObject(name);
                PdfDictionary object = (PdfDictionary) PdfReader.getPdfObject(reference);
                if (PdfName.IMAGE.equals(object.getAsName(PdfName.SUBTYPE))) {
                    images.add(reference.getNumber());
                }
            }
        }
        return images;
    }

    /** A small signature-like scribble as PNG bytes. */
    public static byte[] signaturePng() {
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D pen = image.createGraphics();
        pen.setColor(Color.BLUE);
        pen.setStroke(new BasicStroke(3f));
        pen.drawPolyline(new int[] {10, 50, 80, 120, 160, 230}, new int[] {60, 20, 65, 15, 55, 30}, 6);
        pen.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
