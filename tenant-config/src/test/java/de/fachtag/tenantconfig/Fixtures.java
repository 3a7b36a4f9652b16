package de.fachtag.tenantconfig;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads the test fixtures under {@code src/test/resources}. */
final class Fixtures {

    /** One validator for all tests: building a validator factory takes a moment. */
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    /** One loader for all tests: the loader is thread-safe. */
    static final TenantConfigLoader LOADER = new TenantConfigLoader(VALIDATOR);

    /** The bundled tenants, which the event fixtures refer to. */
    static final List<TenantDefinition> TENANTS = LOADER.loadAll(Optional.empty());

    private Fixtures() {}

    static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files beside a fixture, as the loader's sibling-file function sees them. */
    static Function<String, Optional<byte[]>> siblings() {
        return name -> {
            URL url = Fixtures.class.getResource("/fixtures/" + name);
            return url == null ? Optional.empty() : Optional.of(bytes("/fixtures/" + name));
        };
    }

    static TenantDefinition load(String fixture) {
        return LOADER.load(fixture, bytes("/fixtures/" + fixture), siblings());
    }

    /** The problems of a fixture that must fail, as the operator reads them. */
    static List<String> problemsOf(String fixture) {
        TenantConfigException e = catchThrowableOfType(TenantConfigException.class, () -> load(fixture));
        if (e == null) {
            throw new AssertionError(fixture + " loaded without problems");
        }
        return e.problems().stream().map(ConfigProblem::toString).toList();
    }

    static EventDefinition loadEvent(String fixture) {
        return LOADER.loadEvent(fixture, bytes("/events/" + fixture), TENANTS);
    }

    /** The problems of an event fixture that must fail, as the operator reads them. */
    static List<String> eventProblemsOf(String fixture) {
        TenantConfigException e = catchThrowableOfType(TenantConfigException.class, () -> loadEvent(fixture));
        if (e == null) {
            throw new AssertionError(fixture + " loaded without problems");
        }
        return e.problems().stream().map(ConfigProblem::toString).toList();
    }

    static Path extraDir(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/extra/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
