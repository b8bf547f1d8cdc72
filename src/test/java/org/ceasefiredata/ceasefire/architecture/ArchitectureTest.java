package org.ceasefiredata.ceasefire.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import jakarta.persistence.EntityManager;

import org.ceasefiredata.ceasefire.paging.Sql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package structure of the service, as rules that fail the build: a small kernel, paging and evidence at the
 * bottom, the record features above them, the APIs, ingest and export on top; no cycles between packages; query text
 * only in repositories, the paging engine, the exports and the loader (the write side).
 */
class ArchitectureTest {

    static final String BASE = "org.ceasefiredata.ceasefire";
    /** Everything below the APIs: the kernel, paging, evidence and the record features. */
    static final String[] QUERY_LAYER = {BASE + ".kernel..", BASE + ".paging..", BASE + ".evidence..",
            BASE + ".participant..", BASE + ".meeting..", BASE + ".commitment..", BASE + ".document..",
            BASE + ".search.."};

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noFeatureDependsOnAnApiIngestOrExport() {
        noClasses().that().resideInAnyPackage(QUERY_LAYER).should().dependOnClassesThat()
                .resideInAnyPackage(BASE + ".web..", BASE + ".graph..", BASE + ".ingest..", BASE + ".export..",
                        BASE + ".ops..", BASE + ".db..")
                .check(classes);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        below("kernel");
        below("paging", "kernel");
        below("evidence", "kernel", "paging");
        below("participant", "kernel", "paging", "evidence");
        below("meeting", "kernel", "paging", "evidence", "participant");
        below("commitment", "kernel", "paging", "evidence", "participant", "meeting");
        below("document", "kernel", "paging", "evidence", "participant");
    }

    /** Classes of {@code layer} depend on no package of the service but their own and {@code allowed}. */
    private static void below(String layer, String... allowed) {
        java.util.List<String> others = new java.util.ArrayList<>();
        for (String p : new String[]{"kernel", "paging", "evidence", "participant", "meeting", "commitment",
                "document", "search", "web", "graph", "ingest", "export", "ops", "db"}) {
            if (!p.equals(layer) && !java.util.Arrays.asList(allowed).contains(p)) {
                others.add(BASE + "." + p + "..");
            }
        }
        noClasses().that().resideInAPackage(BASE + "." + layer + "..").should().dependOnClassesThat()
                .resideInAnyPackage(others.toArray(String[]::new)).check(classes);
    }

    @Test
    void queryTextLivesInRepositoriesPagingExportsAndTheLoader() {
        noClasses().that().resideOutsideOfPackages(BASE + ".paging..", BASE + ".export..", BASE + ".ingest..",
                BASE + ".db..").and().haveSimpleNameNotEndingWith("Repository").should().dependOnClassesThat()
                .belongToAnyOf(Sql.class, EntityManager.class, java.sql.Connection.class)
                .because("every query of a record type is in its repository, used by REST, GraphQL and the pages alike")
                .check(classes);
    }
}
