package de.fachtag.actors;

import de.fachtag.actors.ActorDirectory.Actor;
import de.fachtag.actors.ActorDirectory.Area;
import de.fachtag.actors.ActorDirectory.Contact;
import de.fachtag.actors.ActorDirectory.LifeSituation;
import de.fachtag.actors.ActorDirectory.Responsibility;
import de.fachtag.actors.ActorDirectory.Step;
import de.fachtag.actors.ActorDirectory.TargetGroup;
import de.fachtag.actors.ActorDirectory.Task;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The directory's YAML file, read and written: the reviewed configuration in a tenant's folder
 * ({@code tenants/actors/}), the back office's import and its export. {@link #write} writes what
 * {@link #parse} reads, so an export imported again gives the same directory and the same file.
 *
 * <p>Read from SnakeYAML's node tree, every scalar as its literal text (a postcode {@code 09599}
 * stays text, {@code no} is no boolean), every problem collected with its line and field, and
 * nothing built but these records: a file cannot instantiate anything. References by key (an
 * actor's parent, a responsibility's task, actor, area and target group, a step's task) must name
 * an entry of the same file.
 */
public final class ActorFile {

    static final Pattern KEY = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    static final Pattern LEIKA = Pattern.compile("^[0-9]{14}$");
    static final Pattern WEBSITE = Pattern.compile("^https?://\\S+$");
    /** Paths below {@code /t/{tenant}/actors/} that are pages, not actors. */
    static final Set<String> RESERVED_KEYS = Set.of("guide", "wegweiser");

    private final String sourceName;
    private final List<String> problems = new ArrayList<>();

    private ActorFile(String sourceName) {
        this.sourceName = sourceName;
    }

    /** The file's tenant and directory. */
    public record Parsed(String tenant, ActorDirectory directory, String contentHash) {}

    /**
     * Reads a directory file.
     *
     * @throws ActorFileException with every problem ("mittelsachsen.yaml:12 actors[2].level: …")
     */
    public static Parsed parse(String sourceName, byte[] yaml) {
        ActorFile file = new ActorFile(sourceName);
        Parsed parsed = file.read(yaml);
        if (!file.problems.isEmpty()) {
            throw new ActorFileException(file.problems);
        }
        return parsed;
    }

    // ------------------------------------------------------------------ reading

    private Parsed read(byte[] yaml) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(yaml))
                    .toString();
        } catch (CharacterCodingException e) {
            problem(1, "", "the file is not UTF-8 text");
            return null;
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            options.setCodePointLimit(4 * 1024 * 1024);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            problem(e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1, "", e.getProblem());
            return null;
        } catch (YAMLException e) {
            problem(1, "", e.getMessage());
            return null;
        }
        if (!(root instanceof MappingNode)) {
            problem(1, "", "a directory file must be a mapping of settings (key: value lines)");
            return null;
        }
        Map<String, Node> top = mapping(
                root,
                "",
                Set.of(
                        "tenant",
                        "asOf",
                        "source",
                        "areas",
                        "targetGroups",
                        "actors",
                        "tasks",
                        "responsibilities",
                        "lifeSituations"));
        String tenant = requiredKey(top, "tenant", "");
        LocalDate asOf = date(top.get("asOf"), "asOf");
        String source = text(top.get("source"), "source", 1000);

        List<Area> areas = new ArrayList<>();
        list(top.get("areas"), "areas", (node, path) -> {
            Map<String, Node> m = mapping(node, path, Set.of("key", "name", "level"));
            areas.add(new Area(
                    requiredKey(m, "key", path),
                    required(m, "name", path, 200),
                    enumValue(m.get("level"), path + ".level", ActorLevel.class, true)));
        });
        List<TargetGroup> groups = new ArrayList<>();
        list(top.get("targetGroups"), "targetGroups", (node, path) -> {
            Map<String, Node> m = mapping(node, path, Set.of("key", "label", "conditions"));
            String[] label = localized(m.get("label"), path + ".label", true, 200);
            String[] conditions = localized(m.get("conditions"), path + ".conditions", false, 2000);
            groups.add(new TargetGroup(requiredKey(m, "key", path), label[0], label[1], conditions[0], conditions[1]));
        });
        List<Actor> actors = new ArrayList<>();
        list(top.get("actors"), "actors", (node, path) -> actors.add(actor(node, path)));
        List<Task> tasks = new ArrayList<>();
        list(top.get("tasks"), "tasks", (node, path) -> {
            Map<String, Node> m =
                    mapping(node, path, Set.of("key", "title", "leika", "legalBasis", "targetGroup", "description"));
            String[] title = localized(m.get("title"), path + ".title", true, 300);
            String[] description = localized(m.get("description"), path + ".description", false, 4000);
            String leika = text(m.get("leika"), path + ".leika", 14);
            if (leika != null && !LEIKA.matcher(leika).matches()) {
                problem(m.get("leika"), path + ".leika", "'" + leika + "' is not a LeiKa key of 14 digits");
            }
            tasks.add(new Task(
                    requiredKey(m, "key", path),
                    title[0],
                    title[1],
                    leika,
                    text(m.get("legalBasis"), path + ".legalBasis", 500),
                    key(m.get("targetGroup"), path + ".targetGroup"),
                    description[0],
                    description[1]));
        });
        List<Responsibility> responsibilities = new ArrayList<>();
        list(top.get("responsibilities"), "responsibilities", (node, path) -> {
            Map<String, Node> m = mapping(
                    node,
                    path,
                    Set.of(
                            "task",
                            "actor",
                            "role",
                            "area",
                            "targetGroup",
                            "validFrom",
                            "validTo",
                            "source",
                            "confirmedOn",
                            "confirmedBy"));
            LocalDate from = date(m.get("validFrom"), path + ".validFrom");
            LocalDate to = date(m.get("validTo"), path + ".validTo");
            checkPeriod(m.get("validTo"), path + ".validTo", from, to);
            responsibilities.add(new Responsibility(
                    null,
                    requiredKey(m, "task", path),
                    requiredKey(m, "actor", path),
                    enumValue(m.get("role"), path + ".role", ResponsibilityRole.class, true),
                    requiredKey(m, "area", path),
                    requiredKey(m, "targetGroup", path),
                    from,
                    to,
                    text(m.get("source"), path + ".source", 500),
                    date(m.get("confirmedOn"), path + ".confirmedOn"),
                    text(m.get("confirmedBy"), path + ".confirmedBy", 200)));
        });
        List<LifeSituation> situations = new ArrayList<>();
        list(top.get("lifeSituations"), "lifeSituations", (node, path) -> {
            Map<String, Node> m = mapping(node, path, Set.of("key", "title", "description", "targetGroup", "steps"));
            String[] title = localized(m.get("title"), path + ".title", true, 300);
            String[] description = localized(m.get("description"), path + ".description", false, 4000);
            List<Step> steps = new ArrayList<>();
            list(m.get("steps"), path + ".steps", (s, sp) -> {
                Map<String, Node> sm = mapping(s, sp, Set.of("task", "note"));
                String[] note = localized(sm.get("note"), sp + ".note", false, 2000);
                steps.add(new Step(requiredKey(sm, "task", sp), note[0], note[1]));
            });
            situations.add(new LifeSituation(
                    requiredKey(m, "key", path),
                    title[0],
                    title[1],
                    description[0],
                    description[1],
                    key(m.get("targetGroup"), path + ".targetGroup"),
                    steps));
        });
        ActorDirectory directory =
                new ActorDirectory(asOf, source, areas, groups, actors, tasks, responsibilities, situations);
        checkReferences(top, directory);
        return new Parsed(tenant, directory, sha256(yaml));
    }

    private Actor actor(Node node, String path) {
        Map<String, Node> m = mapping(
                node,
                path,
                Set.of(
                        "key",
                        "name",
                        "shortName",
                        "kind",
                        "level",
                        "parent",
                        "description",
                        "address",
                        "openingHours",
                        "languages",
                        "website",
                        "email",
                        "phone",
                        "illustrative",
                        "archived",
                        "contacts"));
        String key = requiredKey(m, "key", path);
        if (key != null && RESERVED_KEYS.contains(key)) {
            problem(m.get("key"), path + ".key", "'" + key + "' is the name of a page; choose another key");
        }
        String[] description = localized(m.get("description"), path + ".description", false, 4000);
        String street = null;
        String postcode = null;
        String city = null;
        Node address = m.get("address");
        if (address != null && !isNull(address)) {
            Map<String, Node> a = mapping(address, path + ".address", Set.of("street", "postcode", "city"));
            street = text(a.get("street"), path + ".address.street", 200);
            postcode = text(a.get("postcode"), path + ".address.postcode", 20);
            city = text(a.get("city"), path + ".address.city", 200);
        }
        List<String> languages = new ArrayList<>();
        list(m.get("languages"), path + ".languages", (l, lp) -> {
            String language = text(l, lp, 40);
            if (language != null) {
                languages.add(language);
            }
        });
        String website = text(m.get("website"), path + ".website", 500);
        if (website != null && !WEBSITE.matcher(website).matches()) {
            problem(m.get("website"), path + ".website", "'" + website + "' is not a web address (https://…)");
        }
        List<Contact> contacts = new ArrayList<>();
        list(m.get("contacts"), path + ".contacts", (c, cp) -> {
            Map<String, Node> cm =
                    mapping(c, cp, Set.of("role", "name", "nameConsent", "email", "phone", "validFrom", "validTo"));
            LocalDate consentOn = null;
            String consentHow = null;
            Node consent = cm.get("nameConsent");
            if (consent != null && !isNull(consent)) {
                Map<String, Node> k = mapping(consent, cp + ".nameConsent", Set.of("on", "how"));
                consentOn = date(k.get("on"), cp + ".nameConsent.on");
                consentHow = text(k.get("how"), cp + ".nameConsent.how", 500);
                if (consentOn == null || consentHow == null) {
                    problem(consent, cp + ".nameConsent", "a consent names the day it was given (on) and how (how)");
                    consentOn = null;
                    consentHow = null;
                }
            }
            LocalDate from = date(cm.get("validFrom"), cp + ".validFrom");
            LocalDate to = date(cm.get("validTo"), cp + ".validTo");
            checkPeriod(cm.get("validTo"), cp + ".validTo", from, to);
            contacts.add(new Contact(
                    required(cm, "role", cp, 200),
                    text(cm.get("name"), cp + ".name", 200),
                    consentOn,
                    consentHow,
                    text(cm.get("email"), cp + ".email", 300),
                    text(cm.get("phone"), cp + ".phone", 100),
                    from,
                    to));
        });
        return new Actor(
                key,
                required(m, "name", path, 300),
                text(m.get("shortName"), path + ".shortName", 80),
                enumValue(m.get("kind"), path + ".kind", ActorKind.class, true),
                enumValue(m.get("level"), path + ".level", ActorLevel.class, true),
                key(m.get("parent"), path + ".parent"),
                description[0],
                description[1],
                street,
                postcode,
                city,
                text(m.get("openingHours"), path + ".openingHours", 1000),
                languages,
                website,
                text(m.get("email"), path + ".email", 300),
                text(m.get("phone"), path + ".phone", 100),
                bool(m.get("illustrative"), path + ".illustrative"),
                bool(m.get("archived"), path + ".archived"),
                contacts);
    }

    /** Keys unique per kind; every reference names an entry of the file. */
    private void checkReferences(Map<String, Node> top, ActorDirectory d) {
        Set<String> areas = unique(
                top.get("areas"), "areas", d.areas().stream().map(Area::key).toList());
        Set<String> groups = unique(
                top.get("targetGroups"),
                "targetGroups",
                d.targetGroups().stream().map(TargetGroup::key).toList());
        Set<String> actors = unique(
                top.get("actors"), "actors", d.actors().stream().map(Actor::key).toList());
        Set<String> tasks = unique(
                top.get("tasks"), "tasks", d.tasks().stream().map(Task::key).toList());
        unique(
                top.get("lifeSituations"),
                "lifeSituations",
                d.lifeSituations().stream().map(LifeSituation::key).toList());
        for (int i = 0; i < d.actors().size(); i++) {
            Actor a = d.actors().get(i);
            if (a.parent() != null
                    && (!actors.contains(a.parent()) || a.parent().equals(a.key()))) {
                problem(
                        item(top.get("actors"), i),
                        "actors[" + i + "].parent",
                        "'" + a.parent() + "' is not another actor of this file");
            }
        }
        for (int i = 0; i < d.tasks().size(); i++) {
            Task t = d.tasks().get(i);
            refer(top.get("tasks"), i, "tasks[" + i + "].targetGroup", t.targetGroup(), groups, "target group");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.responsibilities().size(); i++) {
            Responsibility r = d.responsibilities().get(i);
            String p = "responsibilities[" + i + "]";
            Node n = top.get("responsibilities");
            refer(n, i, p + ".task", r.task(), tasks, "task");
            refer(n, i, p + ".actor", r.actor(), actors, "actor");
            refer(n, i, p + ".area", r.area(), areas, "area");
            refer(n, i, p + ".targetGroup", r.targetGroup(), groups, "target group");
            if (!seen.add(r.task() + "|" + r.actor() + "|" + r.role() + "|" + r.area() + "|" + r.targetGroup())) {
                problem(item(n, i), p, "the same actor, task, role, area and target group are listed before");
            }
        }
        for (int i = 0; i < d.lifeSituations().size(); i++) {
            LifeSituation s = d.lifeSituations().get(i);
            refer(
                    top.get("lifeSituations"),
                    i,
                    "lifeSituations[" + i + "].targetGroup",
                    s.targetGroup(),
                    groups,
                    "target group");
            for (int j = 0; j < s.steps().size(); j++) {
                if (s.steps().get(j).task() != null
                        && !tasks.contains(s.steps().get(j).task())) {
                    problem(
                            item(top.get("lifeSituations"), i),
                            "lifeSituations[" + i + "].steps[" + j + "].task",
                            "'" + s.steps().get(j).task() + "' is not a task of this file");
                }
            }
        }
    }

    private void refer(Node list, int index, String path, String key, Set<String> known, String what) {
        if (key != null && !known.contains(key)) {
            problem(item(list, index), path, "'" + key + "' names no " + what + " of this file");
        }
    }

    private Set<String> unique(Node list, String path, List<String> keys) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key != null && !seen.add(key)) {
                problem(
                        item(list, i),
                        path + "[" + i + "].key",
                        "'" + key + "' is already the key of an earlier entry");
            }
        }
        return seen;
    }

    private static Node item(Node list, int index) {
        return list instanceof SequenceNode s && index < s.getValue().size()
                ? s.getValue().get(index)
                : list;
    }

    private interface ItemReader {
        void read(Node node, String path);
    }

    private void list(Node node, String path, ItemReader reader) {
        if (node == null || isNull(node)) {
            return;
        }
        if (!(node instanceof SequenceNode seq)) {
            problem(node, path, "expected a list (lines starting with '- ')");
            return;
        }
        for (int i = 0; i < seq.getValue().size(); i++) {
            reader.read(seq.getValue().get(i), path + "[" + i + "]");
        }
    }

    private Map<String, Node> mapping(Node node, String path, Set<String> allowed) {
        Map<String, Node> m = new LinkedHashMap<>();
        if (!(node instanceof MappingNode map)) {
            problem(node, path, "expected settings (key: value lines)");
            return m;
        }
        for (NodeTuple t : map.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (key == null || !allowed.contains(key)) {
                problem(
                        t.getKeyNode(),
                        path.isEmpty() ? String.valueOf(key) : path + "." + key,
                        "unknown setting; known are "
                                + String.join(", ", allowed.stream().sorted().toList()));
                continue;
            }
            m.put(key, t.getValueNode());
        }
        return m;
    }

    private String text(Node node, String path, int max) {
        if (node == null || isNull(node)) {
            return null;
        }
        if (!(node instanceof ScalarNode s)) {
            problem(node, path, "expected text");
            return null;
        }
        String value = s.getValue().strip();
        if (value.length() > max) {
            problem(node, path, "is longer than " + max + " characters");
        }
        return value.isEmpty() ? null : value;
    }

    private String required(Map<String, Node> m, String field, String path, int max) {
        String value = text(m.get(field), path + "." + field, max);
        if (value == null) {
            problem(m.get(field), path + "." + field, "must be given");
        }
        return value;
    }

    private String key(Node node, String path) {
        String value = text(node, path, 80);
        if (value != null && !KEY.matcher(value).matches()) {
            problem(node, path, "'" + value + "' is not a key (lowercase letters, digits, hyphens)");
        }
        return value;
    }

    private String requiredKey(Map<String, Node> m, String field, String path) {
        String value = key(m.get(field), path.isEmpty() ? field : path + "." + field);
        if (value == null) {
            problem(m.get(field), path.isEmpty() ? field : path + "." + field, "must be given");
        }
        return value;
    }

    /** A text in German and English: {@code {de: …, en: …}}, or one line of German. */
    private String[] localized(Node node, String path, boolean required, int max) {
        String[] both = new String[2];
        if (node instanceof MappingNode) {
            Map<String, Node> m = mapping(node, path, Set.of("de", "en"));
            both[0] = text(m.get("de"), path + ".de", max);
            both[1] = text(m.get("en"), path + ".en", max);
        } else {
            both[0] = text(node, path, max);
        }
        if (required && both[0] == null) {
            problem(node, path, "must be given in German (de)");
        }
        return both;
    }

    private LocalDate date(Node node, String path) {
        String value = text(node, path, 10);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(node, path, "'" + value + "' is not a date like 2024-04-11");
            return null;
        }
    }

    private boolean bool(Node node, String path) {
        String value = text(node, path, 5);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (!value.equals("true")) {
            problem(node, path, "'" + value + "' is not true or false");
        }
        return value.equals("true");
    }

    private <E extends Enum<E>> E enumValue(Node node, String path, Class<E> type, boolean required) {
        String value = text(node, path, 40);
        if (value == null) {
            if (required) {
                problem(node, path, "must be one of " + Arrays.toString(type.getEnumConstants()));
            }
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        problem(node, path, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        return null;
    }

    private void checkPeriod(Node node, String path, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            problem(node, path, "ends before it starts");
        }
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s
                && s.getTag().getValue().endsWith(":null")
                && (s.getValue().isEmpty()
                        || s.getValue().equals("~")
                        || s.getValue().equals("null"));
    }

    private void problem(Node node, String path, String message) {
        problem(node == null ? 0 : node.getStartMark().getLine() + 1, path, message);
    }

    private void problem(int line, String path, String message) {
        problems.add(sourceName + (line > 0 ? ":" + line : "") + (path.isEmpty() ? "" : " " + path) + ": " + message);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ writing

    /** The directory as a file {@link #parse} reads back to the same directory (responsibilities' row ids left out). */
    public static byte[] write(String tenant, ActorDirectory d) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("tenant", tenant);
        put(top, "asOf", d.asOf());
        put(top, "source", d.source());
        top.put(
                "areas",
                d.areas().stream()
                        .map(a -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("key", a.key());
                            m.put("name", a.name());
                            put(m, "level", a.level());
                            return m;
                        })
                        .toList());
        top.put(
                "targetGroups",
                d.targetGroups().stream()
                        .map(g -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("key", g.key());
                            putLocalized(m, "label", g.labelDe(), g.labelEn());
                            putLocalized(m, "conditions", g.conditionsDe(), g.conditionsEn());
                            return m;
                        })
                        .toList());
        top.put("actors", d.actors().stream().map(ActorFile::actorMap).toList());
        top.put(
                "tasks",
                d.tasks().stream()
                        .map(t -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("key", t.key());
                            putLocalized(m, "title", t.titleDe(), t.titleEn());
                            put(m, "leika", t.leika());
                            put(m, "legalBasis", t.legalBasis());
                            put(m, "targetGroup", t.targetGroup());
                            putLocalized(m, "description", t.descriptionDe(), t.descriptionEn());
                            return m;
                        })
                        .toList());
        top.put(
                "responsibilities",
                d.responsibilities().stream()
                        .map(r -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("task", r.task());
                            m.put("actor", r.actor());
                            put(m, "role", r.role());
                            m.put("area", r.area());
                            m.put("targetGroup", r.targetGroup());
                            put(m, "validFrom", r.validFrom());
                            put(m, "validTo", r.validTo());
                            put(m, "source", r.source());
                            put(m, "confirmedOn", r.confirmedOn());
                            put(m, "confirmedBy", r.confirmedBy());
                            return m;
                        })
                        .toList());
        top.put(
                "lifeSituations",
                d.lifeSituations().stream()
                        .map(s -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("key", s.key());
                            putLocalized(m, "title", s.titleDe(), s.titleEn());
                            putLocalized(m, "description", s.descriptionDe(), s.descriptionEn());
                            put(m, "targetGroup", s.targetGroup());
                            m.put(
                                    "steps",
                                    s.steps().stream()
                                            .map(st -> {
                                                Map<String, Object> sm = new LinkedHashMap<>();
                                                sm.put("task", st.task());
                                                putLocalized(sm, "note", st.noteDe(), st.noteEn());
                                                return sm;
                                            })
                                            .toList());
                            return m;
                        })
                        .toList());
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setAllowUnicode(true);
        options.setWidth(120);
        options.setSplitLines(false);
        String header =
                "# Akteure und Zuständigkeiten (Schnittstellenpapier) – exported by Fachtag; import it again as it is.\n";
        return (header + new Yaml(options).dump(top)).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> actorMap(Actor a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", a.key());
        m.put("name", a.name());
        put(m, "shortName", a.shortName());
        put(m, "kind", a.kind());
        put(m, "level", a.level());
        put(m, "parent", a.parent());
        putLocalized(m, "description", a.descriptionDe(), a.descriptionEn());
        if (a.hasAddress() || a.postcode() != null) {
            Map<String, Object> address = new LinkedHashMap<>();
            put(address, "street", a.street());
            put(address, "postcode", a.postcode());
            put(address, "city", a.city());
            m.put("address", address);
        }
        put(m, "openingHours", a.openingHours());
        if (!a.languages().isEmpty()) {
            m.put("languages", a.languages());
        }
        put(m, "website", a.website());
        put(m, "email", a.email());
        put(m, "phone", a.phone());
        if (a.illustrative()) {
            m.put("illustrative", Boolean.TRUE);
        }
        if (a.archived()) {
            m.put("archived", Boolean.TRUE);
        }
        if (!a.contacts().isEmpty()) {
            m.put(
                    "contacts",
                    a.contacts().stream()
                            .map(c -> {
                                Map<String, Object> cm = new LinkedHashMap<>();
                                cm.put("role", c.role());
                                put(cm, "name", c.personName());
                                if (c.consentOn() != null) {
                                    Map<String, Object> consent = new LinkedHashMap<>();
                                    consent.put("on", c.consentOn().toString());
                                    consent.put("how", c.consentHow());
                                    cm.put("nameConsent", consent);
                                }
                                put(cm, "email", c.email());
                                put(cm, "phone", c.phone());
                                put(cm, "validFrom", c.validFrom());
                                put(cm, "validTo", c.validTo());
                                return cm;
                            })
                            .toList());
        }
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value.toString());
        }
    }

    private static void putLocalized(Map<String, Object> m, String key, String de, String en) {
        if (de == null) {
            return;
        }
        if (en == null) {
            m.put(key, de);
        } else {
            Map<String, Object> both = new LinkedHashMap<>();
            both.put("de", de);
            both.put("en", en);
            m.put(key, both);
        }
    }
}
