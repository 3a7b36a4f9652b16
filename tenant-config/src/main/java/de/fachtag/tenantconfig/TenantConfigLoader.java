package de.fachtag.tenantconfig;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads tenant files and event files, checks them and turns them into
 * {@link TenantDefinition}s and {@link EventDefinition}s.
 *
 * <p>All or nothing: when any file has a problem, {@link #loadAll(Optional)} throws a
 * {@link TenantConfigException} listing every problem of every file and returns no tenant,
 * because importing half a configuration would leave funders pointing at missing ministries
 * and a platform that differs from what was reviewed. {@link #loadEvents(List, Optional)}
 * does the same for events, checked against the tenants loaded before.
 *
 * <p>Thread-safe: the loader keeps only its {@link Validator} and class loader; every call
 * parses with its own SnakeYAML instance.
 */
public final class TenantConfigLoader {

    /** Classpath folder of the bundled tenant files and their logos. */
    public static final String BUNDLED_FOLDER = "tenants/";

    /**
     * Classpath resource that lists the bundled tenant files, one file name a line, in
     * import order; blank lines and lines starting with '#' are ignored. An index, because
     * listing a classpath folder inside a jar inside a war is not reliable.
     */
    public static final String BUNDLED_INDEX = BUNDLED_FOLDER + "index.txt";

    /** Classpath folder of the bundled event files. */
    public static final String BUNDLED_EVENTS_FOLDER = BUNDLED_FOLDER + "events/";

    /** Lists the bundled event files like {@link #BUNDLED_INDEX} lists the tenant files. */
    public static final String BUNDLED_EVENTS_INDEX = BUNDLED_EVENTS_FOLDER + "index.txt";

    /**
     * Subfolder of the operator's tenant directory that holds the extra event files. A
     * subfolder, so that an event file is never mistaken for a tenant file.
     */
    public static final String EVENTS_SUBFOLDER = "events";

    /** An index entry names a file beside the index and nothing else: no folders, no "../". */
    private static final Pattern INDEX_ENTRY = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]*\\.ya?ml$");

    private static final Pattern LOGO_FILE = Pattern.compile(LogoFile.PATTERN);

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final Validator validator;
    private final ClassLoader classLoader;

    /**
     * A loader with a Bean Validation provider found on the class path. Its factory lives as
     * long as the loader; in a Jakarta EE container prefer
     * {@link #TenantConfigLoader(Validator)} with the container's validator.
     */
    public TenantConfigLoader() {
        this(Validation.buildDefaultValidatorFactory().getValidator());
    }

    public TenantConfigLoader(Validator validator) {
        this(validator, TenantConfigLoader.class.getClassLoader());
    }

    /** For tests that bring their own bundled set. */
    TenantConfigLoader(Validator validator, ClassLoader classLoader) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    }

    /**
     * Loads the bundled tenants and, when given, every {@code *.yaml} and {@code *.yml} file
     * directly in {@code extraDir} (logos beside them), and checks them together: slugs
     * unique across all files, every funder's {@code ministry} a loaded MINISTRY tenant.
     *
     * @param extraDir the operator's tenant directory ({@code FACHTAG_TENANT_DIR}); when
     *                 given it must exist, since a mistyped path would otherwise silently
     *                 drop tenants
     * @return the bundled tenants in index order, then the extra ones by file name; new
     *         objects on every call, so a caller may change them
     * @throws TenantConfigException with every problem, when there is any
     */
    public List<TenantDefinition> loadAll(Optional<Path> extraDir) {
        List<ConfigProblem> problems = new ArrayList<>();
        List<ParsedFile> files = tenantFiles(extraDir, true, problems);
        if (!problems.isEmpty()) {
            throw new TenantConfigException(problems);
        }
        return files.stream().map(ParsedFile::definition).toList();
    }

    /** The tenants and events an installation imports, checked together. */
    public record Configuration(List<TenantDefinition> tenants, List<EventDefinition> events) {

        public Configuration {
            tenants = List.copyOf(tenants);
            events = List.copyOf(events);
        }
    }

    /**
     * Loads and checks everything an installation imports at start, tenant files and event files
     * in one pass, so that one start names every problem of both kinds: what {@link #loadAll} and
     * {@link #loadEvents} do together, except that the event files are checked even when tenant
     * files have problems (against the tenants as far as they could be read).
     *
     * @param extraDir the operator's tenant directory ({@code FACHTAG_TENANT_DIR}), with its
     *                 {@value #EVENTS_SUBFOLDER} subfolder
     * @param bundled  whether the bundled tenants and events (the demo) are part of it: only in
     *                 demo mode; a real installation has only the operator's own files
     * @throws TenantConfigException with every problem, tenant files first, then event files
     */
    public Configuration loadConfiguration(Optional<Path> extraDir, boolean bundled) {
        List<ConfigProblem> tenantProblems = new ArrayList<>();
        List<ParsedFile> tenantFiles = tenantFiles(extraDir, bundled, tenantProblems);
        List<TenantDefinition> tenants = tenantFiles.stream()
                .map(ParsedFile::definition)
                .filter(Objects::nonNull)
                .toList();
        List<ConfigProblem> eventProblems = new ArrayList<>();
        List<EventFiles.ParsedEvent> eventFiles = eventFiles(tenants, extraDir, bundled, eventProblems);
        if (!tenantProblems.isEmpty() || !eventProblems.isEmpty()) {
            throw new TenantConfigException(tenantProblems, eventProblems);
        }
        return new Configuration(
                tenants,
                eventFiles.stream().map(EventFiles.ParsedEvent::definition).toList());
    }

    /** Parses and checks the tenant files; every problem goes to {@code problems}, in file order. */
    private List<ParsedFile> tenantFiles(Optional<Path> extraDir, boolean bundled, List<ConfigProblem> problems) {
        List<ConfigProblem> found = new ArrayList<>();
        List<ParsedFile> files = new ArrayList<>();
        if (bundled) {
            readIndex(
                    BUNDLED_FOLDER,
                    BUNDLED_INDEX,
                    found,
                    (name, yaml) ->
                            files.add(parse(name, "bundled", yaml, sibling -> readResource(BUNDLED_FOLDER + sibling))));
        }
        extraDir.ifPresent(dir -> readYamlFiles(
                dir,
                found,
                (name, yaml) -> files.add(parse(name, dir.toString(), yaml, sibling -> readSibling(dir, sibling)))));
        for (ParsedFile file : files) {
            found.addAll(file.problems());
        }
        found.addAll(crossFileProblems(files));
        problems.addAll(
                inFileOrder(found, files.stream().map(ParsedFile::sourceName).toList()));
        return files;
    }

    /**
     * Loads the bundled events ({@link #BUNDLED_EVENTS_INDEX}) and, when given, every
     * {@code *.yaml} and {@code *.yml} file in the {@value #EVENTS_SUBFOLDER} subfolder of
     * {@code extraDir}, and checks them against {@code tenants}: the tenant is loaded, the
     * series and funders are that tenant's, the event's slug is unique within its tenant.
     *
     * @param tenants  the tenants from {@link #loadAll(Optional)}
     * @param extraDir the operator's tenant directory, the same as for {@link #loadAll(Optional)};
     *                 when given it must exist, its {@value #EVENTS_SUBFOLDER} subfolder may not
     * @return the bundled events in index order, then the extra ones by file name; new
     *         objects on every call
     * @throws TenantConfigException with every problem of every event file, when there is any
     */
    public List<EventDefinition> loadEvents(List<TenantDefinition> tenants, Optional<Path> extraDir) {
        List<ConfigProblem> problems = new ArrayList<>();
        List<EventFiles.ParsedEvent> files = eventFiles(tenants, extraDir, true, problems);
        if (!problems.isEmpty()) {
            throw new TenantConfigException(problems);
        }
        return files.stream().map(EventFiles.ParsedEvent::definition).toList();
    }

    /** Parses and checks the event files against {@code tenants}; every problem goes to {@code problems}, in file order. */
    private List<EventFiles.ParsedEvent> eventFiles(
            List<TenantDefinition> tenants, Optional<Path> extraDir, boolean bundled, List<ConfigProblem> found) {
        EventFiles events = new EventFiles(validator, tenants);
        List<ConfigProblem> problems = new ArrayList<>();
        List<EventFiles.ParsedEvent> files = new ArrayList<>();
        if (bundled) {
            readIndex(
                    BUNDLED_EVENTS_FOLDER,
                    BUNDLED_EVENTS_INDEX,
                    problems,
                    (name, yaml) -> files.add(events.parse(name, "bundled", yaml)));
        }
        extraDir.ifPresent(dir -> {
            Path eventDir = dir.resolve(EVENTS_SUBFOLDER);
            if (!Files.isDirectory(dir)) {
                problems.add(new ConfigProblem(dir.toString(), 0, ConfigProblem.DIRECTORY, "is not a directory"));
            } else if (Files.exists(eventDir)) {
                readYamlFiles(
                        eventDir, problems, (name, yaml) -> files.add(events.parse(name, eventDir.toString(), yaml)));
            }
        });
        for (EventFiles.ParsedEvent file : files) {
            problems.addAll(file.problems());
        }
        problems.addAll(EventFiles.crossFileProblems(files));
        if (problems.isEmpty()) {
            // across tenant and event files: only meaningful once every file has been read
            problems.addAll(events.seriesDocumentationProblems(files));
        }
        found.addAll(inFileOrder(
                problems, files.stream().map(EventFiles.ParsedEvent::sourceName).toList()));
        return files;
    }

    /**
     * Loads and checks one event file on its own against {@code tenants}. Whether its slug
     * is unique within the tenant is left to {@link #loadEvents(List, Optional)} or to the
     * caller.
     *
     * @param sourceName file name for messages and {@link EventDefinition#getSourceName()}
     * @param yaml       the file's bytes, UTF-8
     * @throws TenantConfigException with every problem of the file, when there is any
     */
    public EventDefinition loadEvent(String sourceName, byte[] yaml, List<TenantDefinition> tenants) {
        EventFiles.ParsedEvent parsed = new EventFiles(validator, tenants).parse(sourceName, "given", yaml);
        if (!parsed.problems().isEmpty()) {
            throw new TenantConfigException(parsed.problems());
        }
        return parsed.definition();
    }

    /**
     * Loads and checks one tenant file on its own. Checks that need the other tenants (slug
     * unique across files, funder's ministry exists) are left to {@link #loadAll(Optional)}
     * or to the caller.
     *
     * @param sourceName   file name for messages and {@link TenantDefinition#getSourceName()}
     * @param yaml         the file's bytes, UTF-8
     * @param siblingFiles reads a file beside the tenant file by bare name (the logos);
     *                     empty when there is no such file
     * @throws TenantConfigException with every problem of the file, when there is any
     */
    public TenantDefinition load(String sourceName, byte[] yaml, Function<String, Optional<byte[]>> siblingFiles) {
        ParsedFile parsed = parse(sourceName, "given", yaml, siblingFiles);
        if (!parsed.problems().isEmpty()) {
            throw new TenantConfigException(parsed.problems());
        }
        return parsed.definition();
    }

    /** Hands every file the index lists, with its bytes, to {@code action}, in index order. */
    private void readIndex(
            String folder, String indexName, List<ConfigProblem> problems, BiConsumer<String, byte[]> action) {
        byte[] index = readResource(indexName).orElse(null);
        if (index == null) {
            problems.add(new ConfigProblem(indexName, 0, ConfigProblem.INDEX, "is not on the class path"));
            return;
        }
        String[] lines = new String(index, StandardCharsets.UTF_8).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String name = lines[i].strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            if (!INDEX_ENTRY.matcher(name).matches()) {
                problems.add(new ConfigProblem(
                        indexName,
                        i + 1,
                        ConfigProblem.INDEX,
                        "'" + name + "' is not the name of a .yaml file beside the index"));
                continue;
            }
            Optional<byte[]> yaml = readResource(folder + name);
            if (yaml.isEmpty()) {
                problems.add(new ConfigProblem(
                        indexName, i + 1, ConfigProblem.INDEX, "'" + name + "' is listed but not bundled"));
                continue;
            }
            action.accept(name, yaml.get());
        }
    }

    /** Hands every YAML file directly in {@code dir}, with its bytes, to {@code action}, by file name. */
    private static void readYamlFiles(Path dir, List<ConfigProblem> problems, BiConsumer<String, byte[]> action) {
        if (!Files.isDirectory(dir)) {
            problems.add(new ConfigProblem(dir.toString(), 0, ConfigProblem.DIRECTORY, "is not a directory"));
            return;
        }
        List<Path> yamlFiles;
        try (Stream<Path> entries = Files.list(dir)) {
            // Every YAML file counts, whatever its name, so that none is skipped unnoticed;
            // hidden files are editors' backups and lock files.
            yamlFiles = entries.filter(p -> isYamlName(p.getFileName().toString()))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            problems.add(new ConfigProblem(dir.toString(), 0, ConfigProblem.DIRECTORY, "cannot be listed: " + e));
            return;
        }
        for (Path path : yamlFiles) {
            String name = path.getFileName().toString();
            byte[] yaml;
            try {
                yaml = Files.readAllBytes(path);
            } catch (IOException e) {
                problems.add(new ConfigProblem(name, 0, ConfigProblem.FILE, "cannot be read: " + e));
                continue;
            }
            action.accept(name, yaml);
        }
    }

    private static boolean isYamlName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (lower.endsWith(".yaml") || lower.endsWith(".yml"));
    }

    private static Optional<byte[]> readSibling(Path dir, String name) {
        if (!LOGO_FILE.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<byte[]> readResource(String name) {
        try (InputStream in = classLoader.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ParsedFile parse(
            String sourceName, String origin, byte[] yaml, Function<String, Optional<byte[]>> siblingFiles) {
        List<ConfigProblem> problems = new ArrayList<>();
        YamlBinder binder = new YamlBinder(sourceName);
        Node root = compose(sourceName, yaml, problems);
        if (root == null) {
            return new ParsedFile(sourceName, origin, null, binder.lines(), problems);
        }

        TenantDefinition definition = binder.bindRoot(root, TenantDefinition.class);
        problems.addAll(binder.problems());
        if (definition == null) {
            return new ParsedFile(sourceName, origin, null, binder.lines(), problems);
        }
        definition.setSourceName(sourceName);
        validate(validator, definition, sourceName, binder, problems);
        List<byte[]> logos = resolveLogos(sourceName, definition, siblingFiles, binder.lines(), problems);
        if (problems.isEmpty()) {
            definition.setContentHash(contentHash(yaml, logos));
        }
        problems.sort(Comparator.comparingInt(ConfigProblem::line)
                .thenComparing(ConfigProblem::field)
                .thenComparing(ConfigProblem::message));
        return new ParsedFile(sourceName, origin, definition, binder.lines(), problems);
    }

    /**
     * The file's node tree, or {@code null} with the reason in {@code problems}: not UTF-8, a
     * YAML syntax error, or empty.
     */
    static Node compose(String sourceName, byte[] yaml, List<ConfigProblem> problems) {
        String text = decode(sourceName, yaml, problems);
        if (text == null) {
            return null;
        }
        Node root;
        try {
            root = new Yaml(loaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            String message = e.getContext() == null ? e.getProblem() : e.getProblem() + " (" + e.getContext() + ")";
            problems.add(new ConfigProblem(sourceName, line, ConfigProblem.SYNTAX, message));
            return null;
        } catch (YAMLException e) {
            problems.add(new ConfigProblem(sourceName, 1, ConfigProblem.SYNTAX, e.getMessage()));
            return null;
        }
        if (root == null) {
            problems.add(new ConfigProblem(sourceName, 1, ConfigProblem.FILE, "is empty"));
        }
        return root;
    }

    /**
     * Adds the Bean Validation problems of a bound file, each at the line of its field. A
     * field the binder could not bind is left out: it has its problem already.
     */
    static void validate(
            Validator validator,
            Object definition,
            String sourceName,
            YamlBinder binder,
            List<ConfigProblem> problems) {
        for (ConstraintViolation<Object> violation : validator.validate(definition)) {
            String field = yamlPath(violation.getPropertyPath());
            if (!binder.failedAtOrBelow(field)) {
                problems.add(new ConfigProblem(
                        sourceName,
                        binder.lines().lineOf(field),
                        field.isEmpty() ? ConfigProblem.FILE : field,
                        violation.getMessage()));
            }
        }
    }

    /** Logo bytes in hash order: branding first, then funders in file order. */
    private static List<byte[]> resolveLogos(
            String sourceName,
            TenantDefinition definition,
            Function<String, Optional<byte[]>> siblingFiles,
            SourceLines lines,
            List<ConfigProblem> problems) {
        List<byte[]> logos = new ArrayList<>();
        Branding branding = definition.getBranding();
        if (branding != null) {
            Logo logo = readLogo(sourceName, branding.getLogo(), "branding.logo", siblingFiles, lines, problems);
            if (logo != null) {
                branding.setLogoBytes(logo.bytes());
                branding.setLogoContentType(logo.contentType());
                logos.add(logo.bytes());
            }
        }
        List<FunderDefinition> funders = definition.getFunders();
        for (int i = 0; funders != null && i < funders.size(); i++) {
            FunderDefinition funder = funders.get(i);
            if (funder == null) {
                continue;
            }
            Logo logo =
                    readLogo(sourceName, funder.getLogo(), "funders[" + i + "].logo", siblingFiles, lines, problems);
            if (logo != null) {
                funder.setLogoBytes(logo.bytes());
                funder.setLogoContentType(logo.contentType());
                logos.add(logo.bytes());
            }
        }
        return logos;
    }

    private static Logo readLogo(
            String sourceName,
            String name,
            String field,
            Function<String, Optional<byte[]>> siblingFiles,
            SourceLines lines,
            List<ConfigProblem> problems) {
        // A name that breaks the file-name rule has been reported already and is never
        // handed to the file system.
        if (name == null || !LOGO_FILE.matcher(name).matches()) {
            return null;
        }
        Optional<byte[]> bytes;
        try {
            bytes = siblingFiles.apply(name);
        } catch (UncheckedIOException e) {
            problems.add(new ConfigProblem(
                    sourceName,
                    lines.lineOf(field),
                    field,
                    "logo file '" + name + "' cannot be read: " + e.getCause()));
            return null;
        }
        if (bytes == null || bytes.isEmpty()) {
            problems.add(new ConfigProblem(
                    sourceName, lines.lineOf(field), field, "logo file '" + name + "' not found beside " + sourceName));
            return null;
        }
        byte[] content = bytes.get();
        boolean svg = name.endsWith(".svg");
        boolean looksRight = svg ? looksLikeSvg(content) : startsWith(content, PNG_SIGNATURE);
        if (!looksRight) {
            problems.add(new ConfigProblem(
                    sourceName,
                    lines.lineOf(field),
                    field,
                    "logo file '" + name + "' is not " + (svg ? "an SVG" : "a PNG") + " image"));
            return null;
        }
        return new Logo(content, svg ? "image/svg+xml" : "image/png");
    }

    private static boolean looksLikeSvg(byte[] content) {
        return new String(content, StandardCharsets.UTF_8).contains("<svg");
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each part is prefixed with its length, so that bytes moving from the YAML into a logo
     * (or between logos) cannot give the same hash.
     */
    static String contentHash(byte[] yaml, List<byte[]> logos) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, yaml);
            for (byte[] logo : logos) {
                update(digest, logo);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void update(MessageDigest digest, byte[] part) {
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(part.length).array());
        digest.update(part);
    }

    private List<ConfigProblem> crossFileProblems(List<ParsedFile> files) {
        List<ConfigProblem> problems = new ArrayList<>();
        Map<String, ParsedFile> bySlug = new HashMap<>();
        for (ParsedFile file : files) {
            String slug = file.definition() == null ? null : file.definition().getSlug();
            if (slug == null || !slug.matches(Slug.PATTERN)) {
                continue;
            }
            ParsedFile first = bySlug.putIfAbsent(slug, file);
            if (first != null) {
                problems.add(new ConfigProblem(
                        file.sourceName(),
                        file.lines().lineOf("slug"),
                        "slug",
                        "tenant slug '" + slug + "' is already used by " + first.sourceName() + " (" + first.origin()
                                + ")"));
            }
        }
        // A host name leads to one tenant: twice in one file is a slip, in two files a conflict.
        Map<String, ParsedFile> byHost = new HashMap<>();
        for (ParsedFile file : files) {
            List<String> hosts =
                    file.definition() == null ? null : file.definition().getHosts();
            for (int i = 0; hosts != null && i < hosts.size(); i++) {
                String host = hosts.get(i);
                if (host == null || !HostNames.isValidName(host)) {
                    continue;
                }
                ParsedFile first = byHost.putIfAbsent(host, file);
                if (first != null) {
                    problems.add(new ConfigProblem(
                            file.sourceName(),
                            file.lines().lineOf("hosts"),
                            "hosts[" + i + "]",
                            "host name '" + host + "' is already used by "
                                    + (first == file
                                            ? "this file"
                                            : first.sourceName() + " (" + first.origin() + ")")));
                }
            }
        }
        // With a file that could not be read at all, every reference to the tenant it holds
        // would be reported as dangling; its own problem is the one worth fixing first.
        if (files.stream().anyMatch(file -> file.definition() == null)) {
            return problems;
        }
        for (ParsedFile file : files) {
            List<FunderDefinition> funders = file.definition().getFunders();
            for (int i = 0; funders != null && i < funders.size(); i++) {
                String ministry = funders.get(i) == null ? null : funders.get(i).getMinistry();
                if (ministry == null || !ministry.matches(Slug.PATTERN)) {
                    continue;
                }
                ParsedFile target = bySlug.get(ministry);
                String reason;
                if (target == null) {
                    reason = "no tenant has this slug";
                } else if (target.definition().getKind() == null
                        || target.definition().getKind() == TenantKind.MINISTRY) {
                    continue;
                } else {
                    reason = "it is of kind " + target.definition().getKind();
                }
                String field = "funders[" + i + "].ministry";
                problems.add(new ConfigProblem(
                        file.sourceName(),
                        file.lines().lineOf(field),
                        field,
                        "'" + ministry + "' is not a loaded tenant of kind MINISTRY; " + reason));
            }
        }
        return problems;
    }

    /** Problems without a file (index, directory) first, then by file in load order, then by line. */
    private static List<ConfigProblem> inFileOrder(List<ConfigProblem> problems, List<String> sourceNames) {
        Map<String, Integer> order = new LinkedHashMap<>();
        for (String sourceName : sourceNames) {
            order.putIfAbsent(sourceName, order.size());
        }
        List<ConfigProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.<ConfigProblem>comparingInt(p -> order.getOrDefault(p.file(), -1))
                .thenComparingInt(ConfigProblem::line)
                .thenComparing(ConfigProblem::field));
        return sorted;
    }

    /**
     * The Bean Validation path in YAML notation: {@code funders[0].notice.de}, a map entry as
     * {@code figures.byMode.ON_SITE}. Built from the
     * nodes rather than {@code toString()}, which would add {@code <list element>} for
     * constraints on list elements.
     */
    static String yamlPath(jakarta.validation.Path path) {
        StringBuilder out = new StringBuilder();
        for (jakarta.validation.Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() == null && node.getKey() != null) {
                // an entry of a mapping of data, figures.byWorkshop.A: written as the file nests it
                out.append('.').append(node.getKey());
            } else if (node.isInIterable()) {
                out.append('[')
                        .append(
                                node.getIndex() != null
                                        ? String.valueOf(node.getIndex())
                                        : String.valueOf(node.getKey()))
                        .append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.toString();
    }

    /** Strict UTF-8: a file saved as Latin-1 would otherwise turn every umlaut into '�'. */
    private static String decode(String sourceName, byte[] bytes, List<ConfigProblem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            problems.add(
                    new ConfigProblem(sourceName, line, ConfigProblem.FILE, "is not valid UTF-8; save it as UTF-8"));
            return null;
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static LoaderOptions loaderOptions() {
        // Duplicate keys are found by the binder (compose does not check them), with both lines.
        LoaderOptions options = new LoaderOptions();
        // Tenant files are small and hand-written; aliases are allowed but not alias bombs.
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(1024 * 1024);
        return options;
    }

    private record ParsedFile(
            String sourceName,
            String origin,
            TenantDefinition definition,
            SourceLines lines,
            List<ConfigProblem> problems) {}

    private record Logo(byte[] bytes, String contentType) {}
}
