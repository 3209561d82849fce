package org.chancery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rooms as drawn (shared/DESIGN.md): cli &gt; serve &gt; check &gt; corpus &gt; store &gt; resolve &gt;
 * extract &gt; graph &gt; mapping/document &gt; text, arrows only downward. Read from the compiled
 * main classes, as {@code jdeps -verbose:package cli/target/classes} reads them.
 */
class ArchitectureTest {
    /** The rooms from the top down. */
    static final List<String> ORDER = List.of("cli", "serve", "check", "corpus", "store", "resolve", "extract", "graph", "mapping", "document", "text");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.chancery");

    @Test
    void noPackageCycle() {
        slices().matching("org.chancery.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void nothingImportsCli() {
        noClasses().that().resideOutsideOfPackage("org.chancery.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.chancery.cli..").check(MAIN);
    }

    @Test
    void noLowerRoomReachesUpToServeOrStore() {
        for (String upper : List.of("serve", "store")) {
            String[] lower = ORDER.subList(ORDER.indexOf(upper) + 1, ORDER.size()).stream().map(r -> "org.chancery." + r + "..").toArray(String[]::new);
            noClasses().that().resideInAnyPackage(lower)
                    .should().dependOnClassesThat().resideInAPackage("org.chancery." + upper + "..")
                    .because(upper + " is above " + String.join(", ", ORDER.subList(ORDER.indexOf(upper) + 1, ORDER.size())))
                    .check(MAIN);
        }
    }

    @Test
    void everyArrowGoesDown() {
        for (int i = 1; i < ORDER.size(); i++) {
            String room = ORDER.get(i);
            String[] above = ORDER.subList(0, i).stream()
                    // mapping and document share a level: neither is above the other.
                    .filter(r -> !(room.equals("document") && r.equals("mapping")))
                    .map(r -> "org.chancery." + r + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.chancery." + room + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(above)
                    .because("arrows go from cli down: " + String.join(" > ", ORDER))
                    .check(MAIN);
        }
    }
}
