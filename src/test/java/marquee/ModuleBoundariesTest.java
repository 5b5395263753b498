package marquee;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules talk only through each other's API packages and events: a class reaching into another
 * module's {@code internal} package, or a dependency cycle between modules, fails this test.
 */
class ModuleBoundariesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(MarqueeApplication.class);

    @Test
    void modules_respect_their_boundaries() {
        MODULES.verify();
    }

    @Test
    void every_feature_is_a_module_of_its_own() {
        assertThat(MODULES.stream().map(ApplicationModule::getBasePackage).map(p -> p.getName()))
                .contains("marquee.accounts", "marquee.catalog", "marquee.console", "marquee.demo", "marquee.shared");
    }

    /** The benchmarks (src/bench, not a module of the application) use Marquee through its modules' APIs or over HTTP. */
    @Test
    void the_benchmarks_use_only_the_modules_api() {
        noClasses().that().resideInAPackage("marquee.bench..")
                .should().dependOnClassesThat().resideInAPackage("marquee..internal..")
                .check(new ClassFileImporter().importPackages("marquee.bench"));
    }

    @Test
    void module_diagrams_are_written_for_the_docs() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
