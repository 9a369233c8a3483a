package org.aftersales.web.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 10.17: no hidden texts. Every message key a page ({@code msg['…']}, {@code #{msg.…}}), a view
 * bean, a print or the business layer (rule violations, conflicts, reasons, notifications) names
 * exists in both bundles, so no Chinese page shows {@code ???signatureLabel???} or falls back to
 * English; a prefix a page completes with an enum ({@code msg['ticketStatus.'.concat(…)]}) is one
 * whose enum has its words (EnumLabelsTest); and both bundles have the same keys.
 */
class BundleKeysTest {

    private static final Path WEB = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");
    private static final List<Path> BUSINESS =
            List.of(Path.of("../domain-model/src/main/java"), Path.of("../ejb-module"));

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^'\\]]+)'\\]");
    private static final Pattern PAGE_DOT_KEY = Pattern.compile("msg\\.([A-Za-z0-9_]+)");
    private static final Pattern PAGE_PREFIX = Pattern.compile("msg\\['([^']+\\.)'\\s*\\.concat\\(");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:Feedback\\.(?:text|info|warn|error)|Messages\\.get)\\(\\s*(?:[^,()\"]+(?:\\(\\))?,\\s*)?\"([^\"]+)\"");
    private static final Pattern JAVA_PREFIX = Pattern.compile(
            "(?:Feedback\\.text|Messages\\.get)\\(\\s*(?:[^,()\"]+(?:\\(\\))?,\\s*)?\"([A-Za-z.]+\\.)\"\\s*\\+");
    /** Keys the business layer throws or stores: rule violations, conflicts, reasons, notifications. */
    private static final Pattern BUSINESS_KEY = Pattern.compile(
            "\"((?:validation|error|handover|entitlement|warranty|notification)(?:\\.[A-Za-z][A-Za-z0-9]*)+)\"");
    /** Prefixes completed in code with something other than an enum of the domain (checked below). */
    private static final Set<String> OTHER_PREFIXES = Set.of(
            "component.",
            "auditEntity.",
            "auditAction.",
            "tickets.scope.",
            "stockTakes.filter.",
            "duplicate.",
            "handoverOutcome.",
            "notification.slaDueSoon.",
            "notification.slaBreached.",
            "serviceKind.",
            "lang.");

    @Test
    void bothBundlesHaveTheSameKeys() {
        Set<String> onlyChinese = new TreeSet<>(Bundles.CHINESE.stringPropertyNames());
        onlyChinese.removeAll(Bundles.ENGLISH.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(Bundles.ENGLISH.stringPropertyNames());
        onlyEnglish.removeAll(Bundles.CHINESE.stringPropertyNames());
        assertEquals(Set.of(), onlyChinese, "only in zh_CN");
        assertEquals(Set.of(), onlyEnglish, "only in en");
    }

    @Test
    void everyKeyThePagesTheCodeAndTheBusinessLayerNameIsInBothBundles() throws IOException {
        Map<String, Set<String>> used = new TreeMap<>();
        for (Path page : files(WEB, ".xhtml")) {
            String text = read(page);
            find(PAGE_KEY, text, page, used);
            find(PAGE_DOT_KEY, text, page, used);
        }
        for (Path source : files(JAVA, ".java")) {
            find(JAVA_KEY, read(source), source, used);
        }
        for (Path root : BUSINESS) {
            for (Path source : files(root, ".java")) {
                if (!source.toString().contains("/src/test/")) {
                    find(BUSINESS_KEY, read(source), source, used);
                }
            }
        }
        assertTrue(used.size() > 500, "the scan found the keys: " + used.size());
        List<String> missing = new ArrayList<>();
        used.forEach((key, where) -> {
            String lack = Bundles.missing(key);
            if (!lack.isEmpty()) {
                missing.add(lack + " used in " + where);
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void everyPrefixCompletedWithAValueBelongsToAnEnumWithWords() throws IOException {
        Set<String> prefixes = new TreeSet<>();
        for (Path page : files(WEB, ".xhtml")) {
            collect(PAGE_PREFIX, read(page), prefixes);
        }
        for (Path source : files(JAVA, ".java")) {
            collect(JAVA_PREFIX, read(source), prefixes);
        }
        prefixes.removeAll(EnumLabels.prefixes().values());
        prefixes.removeAll(OTHER_PREFIXES);
        assertEquals(Set.of(), prefixes, "a prefix with no enum in EnumLabels: its keys are never checked");
        for (String prefix : OTHER_PREFIXES) {
            assertTrue(Bundles.CHINESE.stringPropertyNames().stream().anyMatch(k -> k.startsWith(prefix)), prefix);
        }
    }

    /** Issue 10.17: the settings screen describes every setting the migrations seed, in both languages. */
    @Test
    void everySeededSettingIsDescribedInBothBundles() throws IOException {
        Pattern seeded = Pattern.compile("name=\"setting_key\" value=\"([^\"]+)\"");
        Set<String> missing = new TreeSet<>();
        int settings = 0;
        for (Path changelog : files(Path.of("../domain-model/src/main/resources/db/changelog"), ".xml")) {
            Matcher m = seeded.matcher(read(changelog));
            while (m.find()) {
                settings++;
                String lack = Bundles.missing("setting.description." + m.group(1));
                if (!lack.isEmpty()) {
                    missing.add(lack);
                }
            }
        }
        assertTrue(settings > 20, "the scan found the seeded settings: " + settings);
        assertEquals(Set.of(), missing);
    }

    private static void find(Pattern pattern, String text, Path file, Map<String, Set<String>> used) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String key = m.group(1);
            if (!key.endsWith(".")) {
                used.computeIfAbsent(key, k -> new TreeSet<>())
                        .add(file.getFileName().toString());
            }
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> prefixes) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            prefixes.add(m.group(1));
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(
                            p -> p.toString().endsWith(suffix) && !p.toString().contains("/target/"))
                    .toList();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
