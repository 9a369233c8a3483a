package org.aftersales.web.shared.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintFontsTest {

    private static final String MICROHEI = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    @Test
    void aTtcWithoutIndexMeansItsFirstFont() {
        assertEquals("/fonts/wqy-microhei.ttc,0", PrintFonts.location("/fonts/wqy-microhei.ttc"));
        assertEquals("/fonts/Noto.TTC,0", PrintFonts.location("/fonts/Noto.TTC"));
        assertEquals("/fonts/NotoSansCJK-Regular.ttc,2", PrintFonts.location("/fonts/NotoSansCJK-Regular.ttc,2"));
        assertEquals("/fonts/simsun.ttf", PrintFonts.location("/fonts/simsun.ttf"));
    }

    @Test
    void aConfiguredFontThatCannotBeReadFailsNamingThePropertyAndThePackage() {
        IllegalStateException failure = assertThrows(
                IllegalStateException.class, () -> PrintFonts.resolve("/no/such/font.ttf", PrintFonts.SYSTEM_FONTS));
        assertTrue(failure.getMessage().contains(PrintFonts.PROPERTY), failure.getMessage());
        assertTrue(failure.getMessage().contains("fonts-wqy-microhei"), failure.getMessage());
    }

    @Test
    void aConfiguredTtcIsEmbeddedAsIdentityH() {
        assumeTrue(Files.isReadable(Path.of(MICROHEI)), "fonts-wqy-microhei is not installed");
        BaseFont font = PrintFonts.resolve(MICROHEI, List.of());
        assertTrue(font.isEmbedded());
        assertEquals(BaseFont.FONT_TYPE_TTUNI, font.getFontType());
        assertTrue(font.charExists('维'));
    }

    @Test
    void withoutAnyFontFileTheBuiltInAdobeSongIsTheLastResort() {
        BaseFont font = PrintFonts.resolve(null, List.of("/no/such/wqy-microhei.ttc,0"));
        assertEquals(BaseFont.FONT_TYPE_CJK, font.getFontType());
        assertFalse(font.isEmbedded());
        assertTrue(font.charExists('维'));
    }

    @Test
    void theFirstInstalledSystemFontWins() {
        assumeTrue(Files.isReadable(Path.of(MICROHEI)), "fonts-wqy-microhei is not installed");
        BaseFont font = PrintFonts.resolve(null, List.of("/no/such/font.ttc,0", MICROHEI + ",0"));
        assertTrue(font.isEmbedded());
        assertTrue(String.join(" ", font.getFullFontName()[0]).contains("WenQuanYi Micro Hei"));
    }
}
