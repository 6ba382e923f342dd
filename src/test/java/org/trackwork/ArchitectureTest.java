package org.trackwork;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trackwork.service.Workbook;

/** Holds the layers of DESIGN.md: imports point down only (ui, service, store, domain), never up or sideways. */
class ArchitectureTest {

    /** What the window may know of the store: how a file failed, what could not be read, what Check Workbook found. */
    private static final DescribedPredicate<JavaClass> STORE_FAILURES = DescribedPredicate.describe(
            "the store's failure reports", type -> Set.of("WorkbookGone", "WorkbookException", "StoreException",
                    "WorkbookDiagnosis", "UnreadableRows").contains(type.getName()
                    .substring("org.trackwork.store.".length()).split("\\$")[0]));

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.trackwork");

    @Test
    void layersOnlyReachDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("App").definedBy("org.trackwork")
                .layer("UI").definedBy("org.trackwork.ui..")
                .optionalLayer("Exchange").definedBy("org.trackwork.exchange..")
                .optionalLayer("Print").definedBy("org.trackwork.print..")
                .optionalLayer("CommandLine").definedBy("org.trackwork.cli..")
                .layer("Service").definedBy("org.trackwork.service..")
                .layer("Store").definedBy("org.trackwork.store..")
                .layer("Domain").definedBy("org.trackwork.domain..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("UI").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Exchange").mayOnlyBeAccessedByLayers("App", "UI")
                .whereLayer("Print").mayOnlyBeAccessedByLayers("App", "UI")
                .whereLayer("CommandLine").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("App", "UI", "Exchange", "Print", "CommandLine")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("App", "UI", "Exchange", "Print", "CommandLine",
                        "Service")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("App", "UI", "Exchange", "Print", "CommandLine",
                        "Service", "Store")
                .check(CLASSES);
    }

    /**
     * The window reaches the workbook through service commands and queries only: no repository, no SQL work, no
     * file. What it may know of the store is the words for what went wrong with a file, listed here.
     */
    @Test
    void theWindowReachesNoRepository() {
        noClasses().that().resideInAPackage("org.trackwork.ui..")
                .should().dependOnClassesThat(resideInAPackage("org.trackwork.store..")
                        .and(not(STORE_FAILURES)))
                .check(CLASSES);
    }

    /** Nor does it ask the workbook for a repository, even to hand it on. */
    @Test
    void theWindowAsksTheWorkbookForNoRepository() {
        noClasses().that().resideInAPackage("org.trackwork.ui..")
                .should().callMethodWhere(DescribedPredicate.describe("a repository accessor of Workbook",
                        (JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(Workbook.class)
                                && call.getTarget().getRawReturnType().getSimpleName().endsWith("Repository")))
                .check(CLASSES);
    }

    @Test
    void theDomainUsesNoFrameworks() {
        noClasses().that().resideInAPackage("org.trackwork.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "com.fasterxml..",
                        "org.slf4j..", "org.flywaydb..")
                .check(CLASSES);
    }

    @Test
    void viewModelsSeeNoControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .check(CLASSES);
    }

    @Test
    void onlyTheStoreSpeaksSql() {
        noClasses().that().resideOutsideOfPackage("org.trackwork.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..")
                .check(CLASSES);
    }
}
