package de.fachtag.tenantconfig;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Binds a composed YAML node tree onto the model beans, collecting every problem instead of
 * stopping at the first, and recording the line of every setting on the way.
 *
 * <p>Why not SnakeYAML's own constructor: it throws at the first unknown key or bad value,
 * and it resolves YAML 1.1 types on its own (a postcode {@code 09599} is not a string to it,
 * {@code no} is a boolean). This binder reads every scalar as its literal text and converts
 * it to the bean property's type, so the file means what it says. It ignores YAML tags and
 * only ever creates the model's own classes, so a file cannot instantiate anything else.
 *
 * <p>One instance binds one file; not thread-safe, and not meant to be shared.
 */
final class YamlBinder {

    /** UTF-8 read as Windows-1252 or Latin-1: "â€ž" for „, "Ã¤" for ä. */
    private static final Pattern MOJIBAKE = Pattern.compile(
            "[\\u00C2\\u00C3\\u00C5\\u00E2][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E"
                    + "\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030"
                    + "\\u2039\\u203A\\u20AC\\u2122]+");

    /**
     * HH:mm, one spelling per time, so that programmes read and compare alike; "9:15" would
     * also be a number (555) to YAML 1.1 tools, which is why the files quote their times.
     */
    private static final Pattern TIME = Pattern.compile("^([01][0-9]|2[0-3]):[0-5][0-9]$");

    /** A date and a time as people write them in YAML, with a space, or in ISO form with a 'T'. */
    private static final Pattern DATE_TIME =
            Pattern.compile("^([0-9]{4}-[0-9]{2}-[0-9]{2})[ T](([01][0-9]|2[0-3]):[0-5][0-9])$");

    /** Nine digits at most: every count in a file (an edition, seats) is far below that, and it fits an int. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("^[+-]?[0-9]{1,9}$");

    /** One step of a field path: a key, optionally with a list index, e.g. {@code agenda[2]}. */
    private static final Pattern PATH_SEGMENT = Pattern.compile("^([A-Za-z][A-Za-z0-9]*)(\\[[0-9]+])?$");

    /** One step of a field path into a mapping of data, e.g. the {@code A} of {@code figures.byWorkshop.A}. */
    private static final Pattern MAP_KEY_SEGMENT = Pattern.compile("^[A-Za-z0-9_-]+$");

    private final String file;
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final SourceLines lines = new SourceLines();
    private final Set<String> failedPaths = new HashSet<>();
    private final Map<Class<?>, Map<String, Method>> settersByClass = new HashMap<>();

    YamlBinder(String file) {
        this.file = file;
    }

    List<ConfigProblem> problems() {
        return problems;
    }

    SourceLines lines() {
        return lines;
    }

    /**
     * Whether a later check on this path would only repeat a binding problem: a value that
     * could not be bound is left unset, and "must not be null" on it would be noise.
     */
    boolean failedAtOrBelow(String path) {
        for (String failed : failedPaths) {
            if (path.equals(failed) || path.startsWith(failed + ".") || path.startsWith(failed + "[")) {
                return true;
            }
        }
        return false;
    }

    <T> T bindRoot(Node root, Class<T> type) {
        return bindRoot(root, type, "a tenant file");
    }

    /** @param what the kind of file for the message when the root is not a mapping, e.g. "an event file" */
    <T> T bindRoot(Node root, Class<T> type, String what) {
        lines.record("", line(root));
        if (!(root instanceof MappingNode)) {
            fail("", root, what + " must be a mapping of settings (key: value lines), found " + describe(root));
            return null;
        }
        return type.cast(bind(root, type, ""));
    }

    private Object bind(Node node, Type type, String path) {
        Class<?> raw = rawClass(type);
        if (isNull(node)) {
            return null;
        }
        if (raw == String.class) {
            return bindString(node, path);
        }
        if (raw.isEnum()) {
            return bindEnum(node, raw, path);
        }
        if (raw == LocalDate.class) {
            return bindDate(node, path);
        }
        if (raw == LocalTime.class) {
            return bindTime(node, path);
        }
        if (raw == LocalDateTime.class) {
            return bindDateTime(node, path);
        }
        if (raw == Integer.class) {
            return bindInteger(node, path);
        }
        if (raw == Boolean.class) {
            return bindBoolean(node, path);
        }
        if (raw == ZoneId.class) {
            return bindZone(node, path);
        }
        if (raw == List.class) {
            return bindList(node, ((ParameterizedType) type).getActualTypeArguments()[0], path);
        }
        if (raw == Map.class) {
            return bindMap(node, ((ParameterizedType) type).getActualTypeArguments()[1], path);
        }
        return bindBean(node, raw, path);
    }

    private String bindString(Node node, String path) {
        if (!(node instanceof ScalarNode scalar)) {
            fail(path, node, "expected text, found " + describe(node));
            return null;
        }
        String value = scalar.getValue();
        checkEncoding(value, path, node);
        return value;
    }

    private Object bindEnum(Node node, Class<?> type, String path) {
        if (!(node instanceof ScalarNode scalar)) {
            fail(path, node, "expected one of " + constants(type) + ", found " + describe(node));
            return null;
        }
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(scalar.getValue())) {
                return constant;
            }
        }
        fail(path, node, "'" + scalar.getValue() + "' is not one of " + constants(type));
        return null;
    }

    private LocalDate bindDate(Node node, String path) {
        if (node instanceof ScalarNode scalar) {
            try {
                return LocalDate.parse(scalar.getValue());
            } catch (DateTimeParseException e) {
                fail(path, node, "'" + scalar.getValue() + "' is not a date like 2024-04-11");
                return null;
            }
        }
        fail(path, node, "expected a date like 2024-04-11, found " + describe(node));
        return null;
    }

    private LocalTime bindTime(Node node, String path) {
        if (node instanceof ScalarNode scalar) {
            if (TIME.matcher(scalar.getValue()).matches()) {
                return LocalTime.parse(scalar.getValue());
            }
            fail(
                    path,
                    node,
                    "'" + scalar.getValue() + "' is not a time like 09:15 (hours and minutes, two digits each)");
            return null;
        }
        fail(path, node, "expected a time like 09:15, found " + describe(node));
        return null;
    }

    private LocalDateTime bindDateTime(Node node, String path) {
        if (node instanceof ScalarNode scalar) {
            Matcher matcher = DATE_TIME.matcher(scalar.getValue());
            if (matcher.matches()) {
                try {
                    return LocalDateTime.of(LocalDate.parse(matcher.group(1)), LocalTime.parse(matcher.group(2)));
                } catch (DateTimeParseException e) {
                    // falls through to the message below: a well-formed but impossible date
                }
            }
            fail(path, node, "'" + scalar.getValue() + "' is not a date and time like 2021-09-24 23:59");
            return null;
        }
        fail(path, node, "expected a date and time like 2021-09-24 23:59, found " + describe(node));
        return null;
    }

    private Integer bindInteger(Node node, String path) {
        if (node instanceof ScalarNode scalar
                && WHOLE_NUMBER.matcher(scalar.getValue()).matches()) {
            return Integer.valueOf(scalar.getValue());
        }
        fail(
                path,
                node,
                (node instanceof ScalarNode scalar ? "'" + scalar.getValue() + "'" : describe(node))
                        + " is not a whole number");
        return null;
    }

    /** {@code true} or {@code false} only: YAML 1.1's yes/no/on/off read too easily as text. */
    private Boolean bindBoolean(Node node, String path) {
        if (node instanceof ScalarNode scalar
                && (scalar.getValue().equals("true") || scalar.getValue().equals("false"))) {
            return Boolean.valueOf(scalar.getValue());
        }
        fail(
                path,
                node,
                (node instanceof ScalarNode scalar ? "'" + scalar.getValue() + "'" : describe(node))
                        + " is not true or false");
        return null;
    }

    /**
     * Region ids only ("Europe/Berlin"): a fixed offset such as "+02:00" would put every
     * winter event an hour off, because it knows no daylight saving time.
     */
    private ZoneId bindZone(Node node, String path) {
        if (node instanceof ScalarNode scalar) {
            if (ZoneId.getAvailableZoneIds().contains(scalar.getValue())) {
                return ZoneId.of(scalar.getValue());
            }
            fail(path, node, "'" + scalar.getValue() + "' is not a time zone like Europe/Berlin");
            return null;
        }
        fail(path, node, "expected a time zone like Europe/Berlin, found " + describe(node));
        return null;
    }

    private List<Object> bindList(Node node, Type elementType, String path) {
        if (!(node instanceof SequenceNode sequence)) {
            fail(path, node, "expected a list (lines starting with '- '), found " + describe(node));
            return null;
        }
        List<Object> values = new ArrayList<>();
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = path + "[" + i + "]";
            lines.record(itemPath, line(items.get(i)));
            // A failed item stays in the list as null, so that later indexes still match the file.
            values.add(bind(items.get(i), elementType, itemPath));
        }
        return values;
    }

    /**
     * A mapping whose keys are data rather than settings (workshop codes, sector keys), in file
     * order. Each entry's path is {@code path.key}; whether a key is allowed is for the checks
     * that know the event and its tenant.
     */
    private Map<String, Object> bindMap(Node node, Type valueType, String path) {
        if (!(node instanceof MappingNode mapping)) {
            fail(
                    path,
                    node,
                    "expected a mapping (indented key: value lines, or {key: value, …}), found " + describe(node));
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        // A failed value stays in the map as null, so that later checks know the key and skip the value.
        eachKey(
                mapping,
                path,
                (key, childPath, keyNode, valueNode) -> values.put(key, bind(valueNode, valueType, childPath)));
        return values;
    }

    private Object bindBean(Node node, Class<?> type, String path) {
        if (!(node instanceof MappingNode mapping)) {
            fail(path, node, "expected a mapping (indented key: value lines), found " + describe(node));
            return null;
        }
        Object bean = instantiate(type);
        Map<String, Method> setters = setters(type);
        eachKey(mapping, path, (key, childPath, keyNode, valueNode) -> {
            Method setter = setters.get(key);
            if (setter == null) {
                problem(childPath, line(keyNode), unknownKey(key, setters.keySet()));
                return;
            }
            Object value = bind(valueNode, setter.getGenericParameterTypes()[0], childPath);
            if (!failedPaths.contains(childPath)) {
                invoke(setter, bean, value);
            }
        });
        return bean;
    }

    /** What to do with one key of a mapping and its value. */
    @FunctionalInterface
    private interface KeyVisitor {
        void visit(String key, String childPath, Node keyNode, Node valueNode);
    }

    /**
     * Each key of a mapping once, in order, with its path recorded for line-exact messages; a key
     * that is not a plain name and a key given twice are problems and skipped.
     */
    private void eachKey(MappingNode mapping, String path, KeyVisitor visitor) {
        Map<String, Integer> seen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                fail(path, keyNode, "keys must be plain names, found " + describe(keyNode));
                continue;
            }
            String key = keyScalar.getValue();
            String childPath = path.isEmpty() ? key : path + "." + key;
            Integer firstLine = seen.putIfAbsent(key, line(keyNode));
            if (firstLine != null) {
                problem(childPath, line(keyNode), "appears twice in this mapping (first at line " + firstLine + ")");
                continue;
            }
            lines.record(childPath, line(keyNode));
            visitor.visit(key, childPath, keyNode, tuple.getValueNode());
        }
    }

    private static String unknownKey(String key, Set<String> known) {
        if (key.toLowerCase(Locale.ROOT).contains("password")
                || key.toLowerCase(Locale.ROOT).contains("secret")) {
            return "unknown key; passwords and secrets never go into a tenant file, which is reviewed and "
                    + "versioned like code (the demo password comes from FACHTAG_DEMO_PASSWORD)";
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best != null && bestDistance <= Math.max(2, key.length() / 4)) {
            return "unknown key; did you mean '" + best + "'?";
        }
        return "unknown key; expected one of " + String.join(", ", known);
    }

    /** Levenshtein distance; keys are short, so the quadratic table is fine. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * Text copied from a web page that was decoded with the wrong charset (seed 003 has
     * "â€ž" for „) would otherwise be published as is; the repair shows what was meant.
     */
    private void checkEncoding(String value, String path, Node node) {
        Matcher matcher = MOJIBAKE.matcher(value);
        while (matcher.find()) {
            String garbled = matcher.group();
            String meant = repair(garbled, Charset.forName("windows-1252"));
            if (meant == null) {
                meant = repair(garbled, StandardCharsets.ISO_8859_1);
            }
            if (meant != null) {
                problem(
                        path,
                        line(node),
                        "contains '" + garbled + "', which is '" + meant
                                + "' garbled by a wrong character encoding; write '" + meant + "'");
                return;
            }
        }
    }

    private static String repair(String garbled, Charset wronglyUsed) {
        try {
            ByteBuffer bytes = wronglyUsed
                    .newEncoder()
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(garbled));
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private Map<String, Method> setters(Class<?> type) {
        return settersByClass.computeIfAbsent(type, YamlBinder::findSetters);
    }

    /** The keys a file may set on a model class: its public setters. */
    private static Map<String, Method> findSetters(Class<?> type) {
        // Sorted, so that "expected one of" lists keys in a stable order.
        Map<String, Method> setters = new TreeMap<>();
        for (Method method : type.getMethods()) {
            String name = method.getName();
            if (name.length() > 3
                    && name.startsWith("set")
                    && method.getParameterCount() == 1
                    && !Modifier.isStatic(method.getModifiers())
                    && method.getDeclaringClass() != Object.class) {
                setters.put(Character.toLowerCase(name.charAt(3)) + name.substring(4), method);
            }
        }
        return setters;
    }

    /**
     * Whether a field path in the notation of {@link ConfigProblem#field()} ({@code agenda[2].start},
     * {@code venue}, {@code title.de}, {@code figures.byWorkshop.A}) names a setting a file of {@code root} could have,
     * judged by the model classes alone; whether the file has it is for {@link SourceLines}.
     */
    static boolean isSettingPath(Class<?> root, String path) {
        Type current = root;
        for (String segment : path.split("\\.", -1)) {
            if (rawClass(current) == Map.class) {
                if (!MAP_KEY_SEGMENT.matcher(segment).matches()) {
                    return false;
                }
                current = ((ParameterizedType) current).getActualTypeArguments()[1];
                continue;
            }
            Matcher matcher = PATH_SEGMENT.matcher(segment);
            Class<?> raw = rawClass(current);
            if (!matcher.matches() || !isModelBean(raw)) {
                return false;
            }
            Method setter = findSetters(raw).get(matcher.group(1));
            if (setter == null) {
                return false;
            }
            current = setter.getGenericParameterTypes()[0];
            if (matcher.group(2) != null) {
                if (rawClass(current) != List.class) {
                    return false;
                }
                current = ((ParameterizedType) current).getActualTypeArguments()[0];
            }
        }
        return true;
    }

    private static boolean isModelBean(Class<?> type) {
        return type.getPackage() == YamlBinder.class.getPackage() && !type.isEnum();
    }

    private static Object instantiate(Class<?> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("model class " + type.getName() + " needs a public no-arg constructor", e);
        }
    }

    private static void invoke(Method setter, Object bean, Object value) {
        try {
            setter.invoke(bean, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("setter " + setter + " failed", e.getCause());
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported property type " + type);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private static String constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        String value = ((ScalarNode) node).getValue();
        return "text '" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    private void fail(String path, Node node, String message) {
        failedPaths.add(path);
        // The line of the key when there is one: that is where the reader looks.
        lines.record(path, line(node));
        problem(path, lines.lineOf(path), message);
    }

    private void problem(String path, int line, String message) {
        problems.add(new ConfigProblem(file, line, path.isEmpty() ? ConfigProblem.FILE : path, message));
    }
}
