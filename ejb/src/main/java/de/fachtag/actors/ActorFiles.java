package de.fachtag.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the directory files an installation imports at start: the bundled demo ones listed in
 * {@value #BUNDLED_INDEX} (demo mode only, like the demo events) and every {@code *.yaml} in the
 * {@value #SUBFOLDER} folder of the operator's tenant directory ({@code FACHTAG_TENANT_DIR}).
 */
public final class ActorFiles {

    public static final String BUNDLED_FOLDER = "tenants/actors/";
    public static final String BUNDLED_INDEX = BUNDLED_FOLDER + "index.txt";
    public static final String SUBFOLDER = "actors";

    private ActorFiles() {}

    /** A file's name and bytes. */
    public record Source(String name, byte[] yaml) {}

    public static List<Source> find(Optional<Path> tenantDir, boolean bundled) {
        List<Source> files = new ArrayList<>();
        if (bundled) {
            byte[] index = resource(BUNDLED_INDEX);
            if (index != null) {
                for (String line : new String(index, StandardCharsets.UTF_8).split("\\R")) {
                    String name = line.strip();
                    if (name.isEmpty() || name.startsWith("#")) {
                        continue;
                    }
                    byte[] yaml = resource(BUNDLED_FOLDER + name);
                    if (yaml == null) {
                        throw new IllegalStateException(BUNDLED_INDEX + " lists " + name + ", which is not bundled");
                    }
                    files.add(new Source(name, yaml));
                }
            }
        }
        Path dir = tenantDir.map(d -> d.resolve(SUBFOLDER)).orElse(null);
        if (dir != null && Files.isDirectory(dir)) {
            try (Stream<Path> list = Files.list(dir)) {
                for (Path p : list.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                        .sorted()
                        .toList()) {
                    files.add(new Source(p.getFileName().toString(), Files.readAllBytes(p)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static byte[] resource(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ActorFiles.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
