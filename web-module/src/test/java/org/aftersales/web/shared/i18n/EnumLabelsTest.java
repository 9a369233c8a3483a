package org.aftersales.web.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.aftersales.domain.accounts.PasswordPolicy;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.numbering.DocumentKind;
import org.aftersales.domain.tickets.SlaAlert;
import org.aftersales.domain.tickets.TicketEventType;
import org.aftersales.domain.tickets.TicketStatus;
import org.junit.jupiter.api.Test;

/**
 * Issue 10.17: no enum name on a screen, a print, an export or in a message. Every enum of the domain
 * either has words for each of its constants in both bundles (EnumLabels) or is one that no person
 * ever reads — a new enum fails here until it is given its words or named below with the reason.
 */
class EnumLabelsTest {

    /** Enums of the domain that never reach a person, and why. */
    private static final Map<Class<?>, String> NEVER_SHOWN = Map.of(
            PasswordPolicy.Weakness.class, "turned into validation.password.* messages by UserService",
            DocumentKind.class, "carries its own printed name (叫修单, 入库单 …) for the forms",
            SlaAlert.Stage.class, "only chooses the notification.slaDueSoon / slaBreached message",
            org.aftersales.domain.approvals.ApprovalRequest.Outcome.class,
                    "only chooses which announcement follows a decision");

    @Test
    void everyConstantOfALabelledEnumHasWordsInBothBundles() {
        List<String> missing = new ArrayList<>();
        EnumLabels.prefixes().forEach((type, prefix) -> {
            for (Enum<?> constant : type.getEnumConstants()) {
                String lack = Bundles.missing(prefix + constant.name());
                if (!lack.isEmpty()) {
                    missing.add(lack);
                }
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void everyEnumOfTheDomainHasWordsOrIsNeverShown() throws Exception {
        Set<String> unlabelled = new TreeSet<>();
        for (Class<?> type : domainEnums()) {
            if (!EnumLabels.prefixes().containsKey(type) && !NEVER_SHOWN.containsKey(type)) {
                unlabelled.add(type.getName());
            }
        }
        assertEquals(
                Set.of(),
                unlabelled,
                "give them words in EnumLabels and both bundles, or say why they are never shown");
        assertTrue(domainEnums().size() > 40, "the scan found the domain's enums");
    }

    @Test
    void messagesCarryWordsNotEnumNames() {
        assertEquals(
                "叫修单 YX-26-12-01 当前为 已归档：现在不能执行 派工。",
                Messages.get(
                        Messages.CHINESE,
                        "error.illegalTransition",
                        List.of("YX-26-12-01", TicketStatus.CLOSED.name(), TicketEventType.DISPATCHED.name())));
        assertEquals(
                "整机已过保，以下部件仍在保：压缩机、FAN_MOTOR。",
                Messages.get(Messages.CHINESE, "warranty.reason.componentOnly", List.of("COMPRESSOR, FAN_MOTOR")));
        assertEquals(
                "Not covered (misuse, force majeure): paid service.",
                Messages.get(Locale.ENGLISH, "entitlement.reason.exclusion", List.of("MISUSE, FORCE_MAJEURE")));
        assertEquals("技术人员", EnumLabels.label(Messages.CHINESE, Role.TECHNICIAN));
    }

    /** Every enum class under org.aftersales.domain, read from the classes folder or jar it comes from. */
    static List<Class<?>> domainEnums() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(
                Role.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> enums = new ArrayList<>();
        if (Files.isDirectory(root)) {
            collect(root, enums);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(root)) {
                collect(jar.getPath("/"), enums);
            }
        }
        return enums;
    }

    private static void collect(Path root, List<Class<?>> enums) throws IOException, ClassNotFoundException {
        List<String> names;
        try (Stream<Path> files = Files.walk(root.resolve("org/aftersales/domain"))) {
            names = files.map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(".class"))
                    .toList();
        }
        for (String name : names) {
            Class<?> type = Class.forName(
                    name.substring(0, name.length() - 6).replace('/', '.'),
                    false,
                    EnumLabelsTest.class.getClassLoader());
            if (type.isEnum()) {
                enums.add(type);
            }
        }
    }
}
