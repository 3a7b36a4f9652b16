package de.fachtag.web.actors;

import de.fachtag.actors.ActorDirectory;
import de.fachtag.actors.ActorDirectory.Actor;
import de.fachtag.actors.ActorDirectory.Contact;
import de.fachtag.actors.ActorDirectory.Responsibility;
import de.fachtag.actors.ActorDirectory.Task;
import de.fachtag.platform.JsonP;
import de.fachtag.web.export.RegistrationFiles;
import de.fachtag.web.export.SpreadsheetCells;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The published directory as data: the responsibilities in long form as CSV (one line per actor,
 * task, role, area and target group, like the matrix), the same plus the actors with their
 * contacts as XLSX, and JSON after Open Referral's Human Services Data Specification (HSDS 3):
 * actors as {@code organizations} (with {@code parent_organization_id}, {@code locations},
 * {@code contacts}), each actor's part in a task as a {@code service} with its
 * {@code eligibility_description} (target groups), {@code service_areas} and
 * {@code assured_date} (the last confirmation); what HSDS lacks with an {@code x_} prefix: the role
 * ({@code x_role}), the LeiKa key and the legal basis.
 * Cells that a spreadsheet would run as a formula are defused; names only with consent (the
 * directory given is the published one).
 */
public final class ActorsData {

    private final ActorDirectory d;
    private final ActorTexts texts;

    public ActorsData(ActorDirectory published, ActorTexts texts) {
        this.d = published;
        this.texts = texts;
    }

    private List<String> head() {
        return List.of(
                texts.get("file.key"),
                texts.get("file.actor"),
                texts.get("file.key"),
                texts.get("file.task"),
                texts.get("file.leika"),
                texts.get("file.legalBasis"),
                texts.get("file.role"),
                texts.get("file.area"),
                texts.get("file.group"),
                texts.get("file.validFrom"),
                texts.get("file.validTo"),
                texts.get("file.source"),
                texts.get("file.confirmedOn"),
                texts.get("file.confirmedBy"));
    }

    private List<String> row(Responsibility r) {
        Actor a = d.actor(r.actor()).orElseThrow();
        Task t = d.task(r.task()).orElseThrow();
        return List.of(
                a.key(),
                a.name(),
                t.key(),
                t.title(texts.locale()),
                nz(t.leika()),
                nz(t.legalBasis()),
                texts.get("role." + r.role().name()),
                d.area(r.area()).map(ActorDirectory.Area::name).orElse(r.area()),
                d.targetGroup(r.targetGroup()).map(g -> g.label(texts.locale())).orElse(r.targetGroup()),
                date(r.validFrom()),
                date(r.validTo()),
                nz(r.source()),
                date(r.confirmedOn()),
                nz(r.confirmedBy()));
    }

    /** UTF-8 with a byte order mark and semicolons, as the registration lists: Excel in German opens it as it is. */
    public byte[] csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(w, RegistrationFiles.csvFormat())) {
                csv.printRecord(head());
                for (Responsibility r : d.responsibilities()) {
                    csv.printRecord(row(r).stream().map(SpreadsheetCells::safe).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Fachtag", "1.0");
            Worksheet ws = wb.newWorksheet(texts.get("bo.responsibilities"));
            write(ws, head(), d.responsibilities().stream().map(this::row).toList());
            Worksheet actors = wb.newWorksheet(texts.get("bo.actors"));
            List<String> actorHead = List.of(
                    texts.get("file.key"),
                    texts.get("file.actor"),
                    texts.get("actor.address"),
                    texts.get("actor.openingHours"),
                    texts.get("actor.languages"),
                    texts.get("actor.website"),
                    texts.get("actor.email"),
                    texts.get("actor.phone"),
                    texts.get("actor.contacts"));
            List<List<String>> rows = new ArrayList<>();
            for (Actor a : d.actors()) {
                rows.add(List.of(
                        a.key(),
                        a.name(),
                        address(a),
                        nz(a.openingHours()),
                        String.join(", ", a.languages()),
                        nz(a.website()),
                        nz(a.email()),
                        nz(a.phone()),
                        a.contacts().stream().map(ActorsData::contact).collect(Collectors.joining("; "))));
            }
            write(actors, actorHead, rows);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet ws, List<String> head, List<List<String>> rows) {
        for (int c = 0; c < head.size(); c++) {
            ws.value(0, c, head.get(c));
            ws.style(0, c).bold().set();
        }
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < rows.get(i).size(); c++) {
                ws.value(i + 1, c, SpreadsheetCells.safe(rows.get(i).get(c)));
            }
        }
        ws.freezePane(0, 1);
    }

    /** The directory as HSDS 3 JSON: {@code {"organizations": [...]}} with services, locations and contacts inside. */
    public byte[] json(String tenantSlug) {
        JsonArrayBuilder organizations = JsonP.createArrayBuilder();
        for (Actor a : d.actors()) {
            JsonObjectBuilder o = JsonP.createObjectBuilder()
                    .add("id", tenantSlug + ":" + a.key())
                    .add("name", a.name());
            opt(o, "alternate_name", a.shortName());
            opt(o, "description", a.description(texts.locale()));
            opt(o, "email", a.email());
            opt(o, "website", a.website());
            if (a.parent() != null) {
                o.add("parent_organization_id", tenantSlug + ":" + a.parent());
            }
            if (a.phone() != null) {
                o.add(
                        "phones",
                        JsonP.createArrayBuilder()
                                .add(JsonP.createObjectBuilder().add("number", a.phone())));
            }
            JsonObjectBuilder location = JsonP.createObjectBuilder()
                    .add("id", tenantSlug + ":" + a.key() + ":location")
                    .add("location_type", "physical")
                    .add("name", a.name());
            if (a.hasAddress()) {
                JsonObjectBuilder address = JsonP.createObjectBuilder()
                        .add("address_type", "physical_address")
                        .add("country", "DE");
                opt(address, "address_1", a.street());
                opt(address, "postal_code", a.postcode());
                opt(address, "city", a.city());
                location.add("addresses", JsonP.createArrayBuilder().add(address));
            }
            JsonArrayBuilder languages = JsonP.createArrayBuilder();
            a.languages().forEach(l -> languages.add(JsonP.createObjectBuilder().add("code", l)));
            location.add("languages", languages);
            if (a.openingHours() != null) {
                location.add(
                        "schedules",
                        JsonP.createArrayBuilder()
                                .add(JsonP.createObjectBuilder().add("description", a.openingHours())));
            }
            o.add("locations", JsonP.createArrayBuilder().add(location));
            JsonArrayBuilder contacts = JsonP.createArrayBuilder();
            int n = 0;
            for (Contact c : a.contacts()) {
                JsonObjectBuilder contact = JsonP.createObjectBuilder()
                        .add("id", tenantSlug + ":" + a.key() + ":contact:" + n++)
                        .add("title", c.role());
                opt(contact, "name", c.publishedName());
                opt(contact, "email", c.email());
                if (c.phone() != null) {
                    contact.add(
                            "phones",
                            JsonP.createArrayBuilder()
                                    .add(JsonP.createObjectBuilder().add("number", c.phone())));
                }
                contacts.add(contact);
            }
            o.add("contacts", contacts);
            JsonArrayBuilder services = JsonP.createArrayBuilder();
            for (Task t : d.tasksOf(a.key())) {
                List<Responsibility> parts = d.ofActor(a.key()).stream()
                        .filter(r -> r.task().equals(t.key()))
                        .toList();
                JsonObjectBuilder s = JsonP.createObjectBuilder()
                        .add("id", tenantSlug + ":" + a.key() + ":" + t.key())
                        .add("organization_id", tenantSlug + ":" + a.key())
                        .add("name", t.title(texts.locale()))
                        .add("status", "active");
                opt(s, "description", t.description(texts.locale()));
                opt(s, "x_legal_basis", t.legalBasis());
                if (t.leika() != null) {
                    s.add("x_leika", t.leika());
                }
                s.add(
                        "x_role",
                        JsonP.createArrayBuilder(parts.stream()
                                .map(r -> r.role().name())
                                .distinct()
                                .toList()));
                s.add(
                        "eligibility_description",
                        parts.stream()
                                .map(r -> d.targetGroup(r.targetGroup())
                                        .map(g -> g.label(texts.locale()))
                                        .orElse(r.targetGroup()))
                                .distinct()
                                .collect(Collectors.joining("; ")));
                JsonArrayBuilder areas = JsonP.createArrayBuilder();
                parts.stream()
                        .map(Responsibility::area)
                        .distinct()
                        .forEach(area -> areas.add(JsonP.createObjectBuilder()
                                .add("id", tenantSlug + ":area:" + area)
                                .add(
                                        "name",
                                        d.area(area)
                                                .map(ActorDirectory.Area::name)
                                                .orElse(area))));
                s.add("service_areas", areas);
                parts.stream()
                        .map(Responsibility::confirmedOn)
                        .filter(Objects::nonNull)
                        .max(LocalDate::compareTo)
                        .ifPresent(day -> s.add("assured_date", day.toString()));
                services.add(s);
            }
            o.add("services", services);
            organizations.add(o);
        }
        JsonObjectBuilder root = JsonP.createObjectBuilder().add("organizations", organizations);
        if (d.asOf() != null) {
            root.add("last_modified", d.asOf().toString());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var writer = JsonP.createWriter(out)) {
            writer.writeObject(root.build());
        }
        return out.toByteArray();
    }

    private static void opt(JsonObjectBuilder o, String key, String value) {
        if (value != null && !value.isBlank()) {
            o.add(key, value);
        }
    }

    private static String contact(Contact c) {
        List<String> parts = new ArrayList<>();
        parts.add(c.role());
        if (c.publishedName() != null) {
            parts.add(c.publishedName());
        }
        if (c.email() != null) {
            parts.add(c.email());
        }
        if (c.phone() != null) {
            parts.add(c.phone());
        }
        return String.join(", ", parts);
    }

    private static String address(Actor a) {
        return String.join(
                ", ",
                java.util.stream.Stream.of(
                                a.street(),
                                java.util.stream.Stream.of(a.postcode(), a.city())
                                        .filter(Objects::nonNull)
                                        .collect(Collectors.joining(" ")))
                        .filter(s -> s != null && !s.isBlank())
                        .toList());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
