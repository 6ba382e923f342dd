package org.trackwork;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Holds the layers of DESIGN.md: imports point down only (ui, service, store, domain), never up or sideways. */
class ArchitectureTest {

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
