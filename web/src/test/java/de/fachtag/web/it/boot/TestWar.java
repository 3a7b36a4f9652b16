package de.fachtag.web.it.boot;

import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.deployment.TargetDescription;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.spi.client.deployment.DeploymentScenarioGenerator;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one test WAR every Arquillian test class runs against: the built product
 * ({@code fachtag.war}) plus every class of {@code de.fachtag.web.it} and its subpackages (the
 * tests themselves, their probes, fixtures and test-only beans) except this package, and
 * AssertJ for the in-container tests that use it. Its fixtures are {@code @Startup} singletons
 * that create what their tests need before the application serves, each with slugs, tenants
 * and addresses of its own, so every class finds its data whatever ran before it.
 *
 * <p>Test classes therefore declare no {@code @Deployment}: this generator gives each the same
 * testable deployment (the Arquillian servlet protocol is added to it), and
 * {@link OnePayaraMicro} boots it once. A class whose tests all run as a client says so with
 * {@code @RunAsClient} on the class. A class with a {@code @Deployment} of its own fails, rather
 * than quietly booting a second server: add what it needs here instead.
 */
public class TestWar implements DeploymentScenarioGenerator {

    /** The name of the one deployment (its archive is {@code fachtag.war}). */
    public static final String NAME = "fachtag-test-war";

    private static final String TESTS = "de.fachtag.web.it";

    @Override
    public List<DeploymentDescription> generate(TestClass testClass) {
        if (testClass.getMethods(Deployment.class).length > 0) {
            throw new IllegalStateException(testClass.getName()
                    + " declares a @Deployment of its own. All container tests "
                    + "share one test WAR booted once (" + TestWar.class.getName() + "): remove the method; classes in "
                    + TESTS + " are deployed already, add anything else to " + TestWar.class.getSimpleName()
                    + ".archive().");
        }
        DeploymentDescription war = new DeploymentDescription(NAME, archive());
        war.shouldBeTestable(true).shouldBeManaged(true);
        war.setTarget(TargetDescription.DEFAULT);
        war.setProtocol(ProtocolDescription.DEFAULT);
        return List.of(war);
    }

    /** The product WAR with every test class of {@value #TESTS} but this package, and AssertJ. */
    public static WebArchive archive() {
        String boot = "/" + TestWar.class.getPackageName().replace('.', '/') + "/.*";
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("fachtag.war")))
                .addPackages(true, Filters.exclude(boot), TESTS)
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
    }

    /** The jar a class came from, to ship a test library into the container. */
    static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
