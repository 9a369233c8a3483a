package org.aftersales.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11.7: the layering the house style describes (shared/STYLE.md), held by the build. The
 * classes are read from every module's target/classes of this reactor build.
 */
class ArchitectureTest {

    /** The bounded contexts' top-level packages in the EJB modules. */
    private static final String[] CONTEXTS = {
        "org.aftersales.accounts..",
        "org.aftersales.events..",
        "org.aftersales.mail..",
        "org.aftersales.notifications..",
        "org.aftersales.numbering..",
        "org.aftersales.platform..",
        "org.aftersales.settings..",
        "org.aftersales.customers..",
        "org.aftersales.tickets..",
        "org.aftersales.parts..",
        "org.aftersales.billing..",
        "org.aftersales.quality.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void read() {
        Path root = Path.of(System.getProperty("arch.root", ".."));
        List<Path> modules = List.of(
                        "domain-model",
                        "ejb-module/support",
                        "ejb-module/platform",
                        "ejb-module/customers",
                        "ejb-module/tickets",
                        "ejb-module/parts",
                        "ejb-module/billing",
                        "ejb-module/quality",
                        "web-module")
                .stream()
                .map(m -> root.resolve(m).resolve("target/classes"))
                .toList();
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPaths(modules);
    }

    @Test
    void theDomainModelNamesNoContainerApiAndNoOuterLayer() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("org.aftersales.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(concat(
                        new String[] {
                            "jakarta.ejb..",
                            "jakarta.interceptor..",
                            "javax.naming..",
                            "jakarta.transaction..",
                            "jakarta.jms..",
                            "jakarta.ws.rs..",
                            "jakarta.faces..",
                            "jakarta.servlet..",
                            "org.aftersales.web..",
                            "org.aftersales.support.."
                        },
                        CONTEXTS))
                .because("the domain is plain Java with JPA mappings: rules, entities and values");
        rule.check(classes);
    }

    @Test
    void theWebTierCallsBoundariesOnly() {
        noClasses()
                .that()
                .resideInAPackage("org.aftersales.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..control..", "..infrastructure..")
                .because("screens and resources talk to a context through its boundary")
                .check(classes);
    }

    @Test
    void contextsMeetOnlyAtTheirBoundaries() {
        slices().matching("org.aftersales.(*)..")
                .namingSlices("$1")
                .should()
                .notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), inPackages("..boundary..")) // the published API
                .ignoreDependency(
                        DescribedPredicate.alwaysTrue(),
                        inPackages("org.aftersales.domain..", "org.aftersales.support..", "org.aftersales.web.."))
                .ignoreDependency(inPackages("org.aftersales.web.."), DescribedPredicate.alwaysTrue())
                .check(classes);
    }

    @Test
    void noQueriesInBoundaries() {
        noClasses()
                .that()
                .resideInAPackage("..boundary..")
                .should()
                .callMethod(jakarta.persistence.EntityManager.class, "createQuery", String.class)
                .orShould()
                .callMethod(jakarta.persistence.EntityManager.class, "createQuery", String.class, Class.class)
                .orShould()
                .callMethod(jakarta.persistence.EntityManager.class, "createNativeQuery", String.class)
                .orShould()
                .callMethod(jakarta.persistence.EntityManager.class, "createNativeQuery", String.class, Class.class)
                .because("queries live in control/*Search or *Queries classes (issue 11.3)")
                .check(classes);
    }

    @Test
    void beansKeepNoMutableStaticState() {
        fields().that()
                .areStatic()
                .and()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(jakarta.ejb.Stateless.class)
                .or()
                .areStatic()
                .and()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(jakarta.ejb.Singleton.class)
                .or()
                .areStatic()
                .and()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(jakarta.ejb.MessageDriven.class)
                .should()
                .beFinal()
                .because("pooled instances share nothing but what the container manages")
                .check(classes);
    }

    @Test
    void viewsTakeRequestParametersByInjection() {
        noClasses()
                .that()
                .resideInAPackage("org.aftersales.web..")
                .should()
                .callMethod("org.omnifaces.util.Faces", "getRequestParameter", "java.lang.String")
                .because("a page's parameters are @Param or f:viewParam, read when the view is made (issue 11.7)")
                .check(classes);
    }

    @Test
    void noCyclesBetweenTopLevelSlices() {
        slices().matching("org.aftersales.(*)..").should().beFreeOfCycles().check(classes);
    }

    private static DescribedPredicate<JavaClass> inPackages(String... packages) {
        return JavaClass.Predicates.resideInAnyPackage(packages);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
