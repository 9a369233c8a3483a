package org.aftersales.domain.accounts;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must be (issue 10.5): between the minimum length (setting
 * {@code security.password.min-length}) and {@value #MAX_LENGTH} characters, not built around the
 * username, and not among the common or easily guessed ones — judged by zxcvbn's estimate (its
 * bundled dictionaries of leaked passwords, words and names, keyboard walks, dates, repeats, plus
 * our own list of passwords common in China), which must reach the setting
 * {@code security.password.min-score} (0–4).
 */
public final class PasswordPolicy {

    public static final int MAX_LENGTH = 128;

    /** Why a password is refused, in the order they are checked. */
    public enum Weakness {
        MISSING,
        TOO_LONG,
        TOO_SHORT,
        LIKE_USERNAME,
        TOO_COMMON
    }

    private final int minLength;
    private final int minScore;

    public PasswordPolicy(int minLength, int minScore) {
        this.minLength = Math.max(1, Math.min(minLength, MAX_LENGTH));
        this.minScore = Math.max(0, Math.min(minScore, 4));
    }

    public int minLength() {
        return minLength;
    }

    /**
     * The first reason {@code password} may not be used by the account {@code username}
     * ({@code displayName} may be null); empty when it may.
     */
    public Optional<Weakness> weakness(char[] password, String username, String displayName) {
        if (password == null || password.length == 0 || new String(password).isBlank()) {
            return Optional.of(Weakness.MISSING);
        }
        String text = new String(password);
        int length = text.codePointCount(0, text.length());
        if (length > MAX_LENGTH) {
            return Optional.of(Weakness.TOO_LONG);
        }
        if (length < minLength) {
            return Optional.of(Weakness.TOO_SHORT);
        }
        if (likeUsername(text, username)) {
            return Optional.of(Weakness.LIKE_USERNAME);
        }
        List<String> personal = new ArrayList<>();
        if (username != null) {
            personal.add(username);
            personal.addAll(List.of(username.split("[._-]")));
        }
        if (displayName != null && !displayName.isBlank()) {
            personal.add(displayName.strip());
        }
        personal.add("aftersales");
        if (Estimator.ZXCVBN.measure(text, personal).getScore() < minScore) {
            return Optional.of(Weakness.TOO_COMMON);
        }
        return Optional.empty();
    }

    /** The username (3 characters or more), forwards or backwards, inside the password, or the other way round. */
    static boolean likeUsername(String password, String username) {
        String user = letters(username);
        String pw = letters(password);
        if (user.length() < 3 || pw.isEmpty()) {
            return false;
        }
        String reversed = new StringBuilder(user).reverse().toString();
        return pw.contains(user) || pw.contains(reversed) || (pw.length() >= 3 && user.contains(pw));
    }

    private static String letters(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** zxcvbn with its standard dictionaries and keyboards and our list; built once, immutable. */
    private static final class Estimator {
        static final Zxcvbn ZXCVBN = build();

        private static Zxcvbn build() {
            try {
                return new ZxcvbnBuilder()
                        .dictionaries(StandardDictionaries.loadAllDictionaries())
                        .keyboards(StandardKeyboards.loadAllKeyboards())
                        .dictionary(new Dictionary("common_zh", chineseCommon()))
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("zxcvbn's dictionaries cannot be read", e);
            }
        }

        private static List<String> chineseCommon() throws IOException {
            List<String> words = new ArrayList<>();
            try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords-zh.txt")) {
                if (in == null) {
                    throw new IOException("common-passwords-zh.txt is missing");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String word = line.strip();
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        words.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return words;
        }
    }
}
