package io.barback;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** How the product's packages may depend on each other (main code only). */
class PackagesTest {

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.barback");
    }

    @Test
    void noCycleBetweenPackages() {
        slices().matching("io.barback.(**)").should().beFreeOfCycles().check(product);
    }

    /**
     * The offline reader is a product of its own behind the Textract API: Barback's invoices reach
     * it only through the AWS SDK, so AWS and the reader stay interchangeable. Only the main class
     * (which starts the reader's server when asked) names it.
     */
    @Test
    void onlyTheMainClassNamesTheOfflineReader() {
        noClasses().that().resideOutsideOfPackage("io.barback.textract..")
                .and().doNotHaveFullyQualifiedName("io.barback.Barback")
                .should().dependOnClassesThat().resideInAPackage("io.barback.textract..")
                .check(product);
    }

    /**
     * What both sides of the Textract API read alike (formats, printed amounts and dates, a page
     * made to fit) depends on nothing of Barback's: the JDK and its image I/O only.
     */
    @Test
    void documentsDependOnNoOtherPackage() {
        noClasses().that().resideInAPackage("io.barback.documents..")
                .should().dependOnClassesThat()
                .resideOutsideOfPackages("io.barback.documents..", "java..", "javax.imageio..")
                .check(product);
    }
}
