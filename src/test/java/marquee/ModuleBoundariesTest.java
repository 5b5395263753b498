package marquee;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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

    /** Every package directly under {@code marquee} is a module, so a new feature cannot slip in unchecked. */
    @Test
    void every_feature_is_a_module_of_its_own() throws IOException, URISyntaxException {
        List<String> features = featurePackages();
        assertThat(features).contains("marquee.accounts", "marquee.booking", "marquee.shared");
        assertThat(MODULES.stream().map(ApplicationModule::getBasePackage).map(p -> p.getName()))
                .containsExactlyInAnyOrderElementsOf(features);
    }

    /** Every module but the open shared kernel names itself, for the diagrams and the documentation. */
    @Test
    void every_feature_module_has_a_display_name() throws Exception {
        for (String feature : featurePackages()) {
            if (feature.equals("marquee.shared")) {
                continue;
            }
            org.springframework.modulith.ApplicationModule module = Class.forName(feature + ".package-info")
                    .getAnnotation(org.springframework.modulith.ApplicationModule.class);
            assertThat(module).as(feature + " is annotated as a module").isNotNull();
            assertThat(module.displayName()).as(feature + "'s display name").isNotBlank();
        }
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

    /** The packages right under {@code marquee} in the production classes (not the tests' helpers). */
    private static List<String> featurePackages() throws IOException, URISyntaxException {
        Path classes = Path.of(MarqueeApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path root = classes.resolve("marquee");
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).map(dir -> "marquee." + dir.getFileName()).sorted().toList();
        }
    }
}
