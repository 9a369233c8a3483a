package org.aftersales.web.shared.print;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The font the printed forms (T4 dispatch sheet, T8 service record) are set in: one that shows
 * Simplified Chinese. Resolved once and cached, in this order:
 * <ol>
 * <li>a font file named by the system property {@value #PROPERTY} or the environment variable
 * {@value #ENVIRONMENT} (TTF, OTF or TTC; a TTC without an index uses its first font, {@code ",0"});
 * a configured font that cannot be read fails, it never falls through silently;</li>
 * <li>the first of {@link #SYSTEM_FONTS} present, the files of the Debian packages fonts-wqy-microhei,
 * fonts-wqy-zenhei, fonts-noto-cjk (its Simplified Chinese face) and fonts-arphic-uming;</li>
 * <li>Adobe's STSong-Light in UniGB-UCS2-H, whose metrics and CMaps ship inside the OpenPDF jar. It is
 * not embedded: the reader's PDF viewer supplies the glyphs, and text cannot be extracted from the
 * file. A warning says so.</li>
 * </ol>
 * Font files are embedded as a subset ({@link BaseFont#IDENTITY_H}), with a ToUnicode map, so the
 * text of a printed form can be searched and copied.
 */
public final class PrintFonts {

    /** System property naming a font file. */
    public static final String PROPERTY = "aftersales.print.font";
    /** Environment variable naming a font file, when the property is not set. */
    public static final String ENVIRONMENT = "AFTERSALES_PRINT_FONT";

    static final List<String> SYSTEM_FONTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0");

    private static final Logger LOG = Logger.getLogger(PrintFonts.class.getName());
    private static final String ADVICE = "install the Debian package fonts-wqy-microhei or set -D" + PROPERTY + " (or "
            + ENVIRONMENT + ") to a TTF/TTC/OTF font file with Chinese glyphs";

    private static BaseFont font;

    private PrintFonts() {}

    /** The font for Chinese forms, resolved on first use. */
    public static synchronized BaseFont chinese() {
        if (font == null) {
            font = resolve(configured(), SYSTEM_FONTS);
        }
        return font;
    }

    static String configured() {
        String property = System.getProperty(PROPERTY);
        String location = property == null || property.isBlank() ? System.getenv(ENVIRONMENT) : property;
        return location == null || location.isBlank() ? null : location.strip();
    }

    static BaseFont resolve(String configured, List<String> systemFonts) {
        if (configured != null) {
            try {
                return embedded(location(configured));
            } catch (DocumentException | IOException | IllegalArgumentException e) {
                throw new IllegalStateException(
                        "The print font " + configured + " (" + PROPERTY + " / " + ENVIRONMENT + ") cannot be used ("
                                + e.getMessage() + "): " + ADVICE,
                        e);
            }
        }
        for (String candidate : systemFonts) {
            if (Files.isReadable(Path.of(file(candidate)))) {
                try {
                    return embedded(candidate);
                } catch (DocumentException | IOException | IllegalArgumentException e) {
                    LOG.log(Level.WARNING, "Print font {0} cannot be used: {1}", new Object[] {candidate, e.getMessage()
                    });
                }
            }
        }
        try {
            BaseFont adobe = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            LOG.warning("No Chinese font file found; printing with Adobe STSong-Light, which is not embedded "
                    + "(the PDF viewer must supply it and the text cannot be extracted): " + ADVICE);
            return adobe;
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("No font for Chinese text: " + ADVICE, e);
        }
    }

    /** A TTC names one of its fonts by index; the first one when the index is missing. */
    static String location(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".ttc") ? path + ",0" : path;
    }

    private static String file(String location) {
        return location.replaceFirst("(?i)(\\.ttc),\\d+$", "$1");
    }

    private static BaseFont embedded(String location) throws DocumentException, IOException {
        BaseFont candidate = BaseFont.createFont(location, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        if (!candidate.charExists('维') || !candidate.charExists('修')) {
            throw new IllegalArgumentException("it has no Chinese glyphs");
        }
        return candidate;
    }
}
