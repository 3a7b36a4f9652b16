package de.fachtag.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fachtag.testing.Catalog;
import de.fachtag.testing.Jdbc;
import de.fachtag.testing.MigratedDatabase;
import de.fachtag.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Row level security as the application role sees it over plain JDBC, without EclipseLink: the
 * second lock of DESIGN.md ("Tenancy") must hold on its own, for native SQL and forgotten filters.
 *
 * <p>Tenants A and B own rows in every tenant-owned table (different numbers of rows, so "only A's"
 * cannot be confused with "only B's" or "all"); tenant C owns none and serves inserts that must
 * succeed, the control that proves a refused insert was refused by row level security and not by
 * a broken statement. Everything after seeding runs in transactions that are rolled back.
 */
class RowLevelSecurityTest {

    static final String A = "tenant-a";
    static final String B = "tenant-b";
    static final String C = "tenant-c";
    static final String SHARED_EMAIL = "shared@fachtag.test";
    static final String A_ONLY_EMAIL = "only-a@fachtag.test";

    /**
     * The tenant-owned tables, parents before children (inserts go in this order, deletes in the
     * reverse). The catalog must list exactly these: a new tenant-owned table needs its seed rows here,
     * or "nothing visible without a tenant" would pass for it on an empty table.
     */
    static final List<String> TABLES = List.of(
            "tenant_profile",
            "funder",
            "event_series",
            "staff_account",
            "access_token",
            "feedback_message",
            "event",
            "event_host",
            "manual_figure",
            "event_funder",
            "agenda_item",
            "workshop",
            "contribution",
            "consent_text",
            "registration",
            "registration_count",
            "registration_link",
            "consent_record",
            "outbox_mail",
            "keyword",
            "result_item",
            "recommendation_document",
            "recommendation",
            "recommendation_source",
            "recommendation_reference",
            "keyword_use",
            "result_attachment",
            "recommendation_version",
            "recommendation_comment",
            "recommendation_state_change",
            "results_access",
            "results_access_token",
            "actor_directory",
            "actor_area",
            "actor_target_group",
            "actor",
            "actor_contact",
            "actor_task",
            "actor_responsibility",
            "actor_life_situation",
            "actor_life_step",
            "actor_confirmation");

    /** Tables whose rows the application never changes (V9): no UPDATE privilege, a refusal before any policy. */
    static final Set<String> NO_UPDATE = Set.of(
            "consent_record",
            "registration_link",
            "recommendation_version",
            "recommendation_comment",
            "recommendation_state_change",
            "results_access_token");

    /** Tables whose rows the application never deletes (V9: consent records are append only). */
    static final Set<String> NO_DELETE = Set.of("consent_record");

    /** Tables whose rows a consent record points at, directly or through a registration: they stay with it. */
    static final Set<String> KEPT_BY_CONSENT_RECORDS = Set.of("registration", "consent_text", "event");

    /** Rows each tenant gets per table; A and B differ in every table but tenant_profile (one per tenant). */
    static final Map<String, Integer> ROWS_OF_A = Map.ofEntries(
            Map.entry("tenant_profile", 1),
            Map.entry("funder", 2),
            Map.entry("event_series", 1),
            Map.entry("staff_account", 2),
            Map.entry("access_token", 1),
            Map.entry("feedback_message", 1),
            Map.entry("event", 1),
            Map.entry("event_host", 1),
            Map.entry("manual_figure", 1),
            Map.entry("event_funder", 2),
            Map.entry("agenda_item", 2),
            Map.entry("workshop", 1),
            Map.entry("contribution", 1),
            Map.entry("consent_text", 1),
            Map.entry("registration", 2),
            Map.entry("registration_count", 2),
            Map.entry("registration_link", 1),
            Map.entry("consent_record", 2),
            Map.entry("outbox_mail", 1),
            Map.entry("keyword", 1),
            Map.entry("result_item", 1),
            Map.entry("recommendation_document", 1),
            Map.entry("recommendation", 2),
            Map.entry("recommendation_source", 1),
            Map.entry("recommendation_reference", 1),
            Map.entry("keyword_use", 1),
            Map.entry("result_attachment", 1),
            Map.entry("recommendation_version", 1),
            Map.entry("recommendation_comment", 1),
            Map.entry("recommendation_state_change", 1),
            Map.entry("results_access", 1),
            Map.entry("results_access_token", 1),
            Map.entry("actor_directory", 1),
            Map.entry("actor_area", 1),
            Map.entry("actor_target_group", 1),
            Map.entry("actor", 2),
            Map.entry("actor_contact", 1),
            Map.entry("actor_task", 1),
            Map.entry("actor_responsibility", 1),
            Map.entry("actor_life_situation", 1),
            Map.entry("actor_life_step", 1),
            Map.entry("actor_confirmation", 1));

    static final Map<String, Integer> ROWS_OF_B = Map.ofEntries(
            Map.entry("tenant_profile", 1),
            Map.entry("funder", 3),
            Map.entry("event_series", 2),
            Map.entry("staff_account", 3),
            Map.entry("access_token", 2),
            Map.entry("feedback_message", 2),
            Map.entry("event", 2),
            Map.entry("event_host", 2),
            Map.entry("manual_figure", 2),
            Map.entry("event_funder", 3),
            Map.entry("agenda_item", 1),
            Map.entry("workshop", 2),
            Map.entry("contribution", 3),
            Map.entry("consent_text", 2),
            Map.entry("registration", 1),
            Map.entry("registration_count", 3),
            Map.entry("registration_link", 2),
            Map.entry("consent_record", 3),
            Map.entry("outbox_mail", 2),
            Map.entry("keyword", 2),
            Map.entry("result_item", 2),
            Map.entry("recommendation_document", 2),
            Map.entry("recommendation", 3),
            Map.entry("recommendation_source", 2),
            Map.entry("recommendation_reference", 2),
            Map.entry("keyword_use", 2),
            Map.entry("result_attachment", 2),
            Map.entry("recommendation_version", 2),
            Map.entry("recommendation_comment", 2),
            Map.entry("recommendation_state_change", 2),
            Map.entry("results_access", 2),
            Map.entry("results_access_token", 2),
            Map.entry("actor_directory", 1),
            Map.entry("actor_area", 2),
            Map.entry("actor_target_group", 2),
            Map.entry("actor", 1),
            Map.entry("actor_contact", 2),
            Map.entry("actor_task", 2),
            Map.entry("actor_responsibility", 2),
            Map.entry("actor_life_situation", 2),
            Map.entry("actor_life_step", 2),
            Map.entry("actor_confirmation", 2));

    /** The ids of the rows inserted so far, per tenant and table, so that a child row can name its parents. */
    static final class Ids {
        private final Map<String, List<UUID>> ids = new HashMap<>();

        List<UUID> of(String tenant, String table) {
            return ids.computeIfAbsent(tenant + "/" + table, k -> new ArrayList<>());
        }

        UUID pick(String tenant, String table, int index) {
            List<UUID> list = of(tenant, table);
            if (list.isEmpty()) {
                throw new AssertionError("no " + table + " of " + tenant + " yet: insert parents first (TABLES order)");
            }
            return list.get(index % list.size());
        }

        Ids copy() {
            Ids copy = new Ids();
            ids.forEach((k, v) -> copy.ids.put(k, new ArrayList<>(v)));
            return copy;
        }
    }

    /** Inserts one valid row with the given id for a tenant into a tenant-owned table; fresh keys every time. */
    @FunctionalInterface
    interface RowInsert {
        int insert(Connection c, String tenant, UUID id, Ids ids) throws SQLException;
    }

    static final Map<String, RowInsert> INSERTS = new HashMap<>(Map.of(
            "tenant_profile", (c, t, id, ids) -> Jdbc.update(c, """
                    INSERT INTO tenant_profile (tenant_id, id, email, primary_colour, accent_colour, imprint_de,
                        privacy_de, a11y_conformance, a11y_feedback_email, a11y_arbitration_de)
                    VALUES (?, ?, 'info@fachtag.test', '#112233', '#445566', 'Impressum', 'Datenschutz', 'FULL',
                        'barrieren@fachtag.test', 'Schlichtungsstelle')
                    """, t, id),
            "funder", (c, t, id, ids) -> Jdbc.update(c, """
                    INSERT INTO funder (tenant_id, id, key, name, label_de, notice_de)
                    VALUES (?, ?, ?, 'Land', 'Gefoerdert', 'Hinweis')
                    """, t, id, "f-" + freshKey()),
            "event_series", (c, t, id, ids) -> Jdbc.update(c, """
                    INSERT INTO event_series (tenant_id, id, slug, title_de) VALUES (?, ?, ?, 'Reihe')
                    """, t, id, "s-" + freshKey()),
            "staff_account", (c, t, id, ids) -> insertStaff(c, t, id, freshKey() + "@fachtag.test"),
            "feedback_message", (c, t, id, ids) -> Jdbc.update(c, """
                    INSERT INTO feedback_message (tenant_id, id, page, message, locale, reply_due) VALUES (?, ?, '/', 'Kontrast', 'de', now() + interval '14 days')
                    """, t, id),
            "event", (c, t, id, ids) -> Jdbc.update(c, """
                    INSERT INTO event (tenant_id, id, slug, title_de, start_time, end_time, format, state)
                    VALUES (?, ?, ?, 'Fachtag', '09:00', '16:00', 'ON_SITE', 'DRAFT')
                    """, t, id, "e-" + freshKey()),
            "event_funder",
                    (c, t, id, ids) -> {
                        // the k-th link pairs events and funders so that no pair repeats (unique per tenant)
                        int k = ids.of(t, "event_funder").size();
                        int events = ids.of(t, "event").size();
                        return Jdbc.update(
                                c,
                                "INSERT INTO event_funder (tenant_id, id, event_id, funder_id) VALUES (?, ?, ?, ?)",
                                t,
                                id,
                                ids.pick(t, "event", k),
                                ids.pick(t, "funder", events == 0 ? 0 : k / events));
                    },
            "agenda_item", (c, t, id, ids) -> Jdbc.update(c, """
                    INSERT INTO agenda_item (tenant_id, id, event_id, start_time, end_time, kind, title_de)
                    VALUES (?, ?, ?, '09:00', '09:30', 'WELCOME', 'Begruessung')
                    """, t, id, ids.pick(t, "event", 0)),
            "workshop",
                    (c, t, id, ids) -> Jdbc.update(
                            c,
                            """
                    INSERT INTO workshop (tenant_id, id, event_id, code, title_de) VALUES (?, ?, ?, ?, 'Werkstatt')
                    """,
                            t,
                            id,
                            ids.pick(t, "event", 0),
                            "W" + freshKey().substring(0, 7)),
            "contribution", (c, t, id, ids) -> Jdbc.update(c, """
                    INSERT INTO contribution (tenant_id, id, event_id, person_name, role, status)
                    VALUES (?, ?, ?, 'Dr. Muster', 'SPEAKER', 'CONFIRMED')
                    """, t, id, ids.pick(t, "event", 0))));

    static {
        INSERTS.put("consent_text", (c, t, id, ids) -> Jdbc.update(c, """
                INSERT INTO consent_text (tenant_id, id, key, version, kind, purpose, label_de)
                VALUES (?, ?, ?, 1, 'OPTIONAL', 'PHOTO', 'Fotos')
                """, t, id, "c-" + freshKey()));
        // V5: a personal access token (its hash only); a ministry (here tenant C) hosting an event;
        // a figure entered by hand
        INSERTS.put(
                "access_token",
                (c, t, id, ids) -> Jdbc.update(
                        c, """
                INSERT INTO access_token (tenant_id, id, staff_id, label, token_hash, created_at, expires_at)
                VALUES (?, ?, ?, 'Skript', ?, now(), now() + interval '30 days')
                """, t, id, ids.pick(t, "staff_account", 0), (freshKey() + freshKey()).substring(0, 64)));
        INSERTS.put(
                "event_host",
                (c, t, id, ids) -> Jdbc.update(
                        c,
                        """
                INSERT INTO event_host (tenant_id, id, event_id, ministry_tenant_id) VALUES (?, ?, ?, ?)
                """,
                        t,
                        id,
                        ids.pick(t, "event", ids.of(t, "event_host").size()),
                        C));
        INSERTS.put(
                "manual_figure",
                (c, t, id, ids) -> Jdbc.update(
                        c, """
                INSERT INTO manual_figure (tenant_id, id, event_id, dimension, dim_key, participants) VALUES (?, ?, ?, 'SECTOR', ?, 7)
                """, t, id, ids.pick(t, "event", 0), "S" + freshKey().substring(0, 7)));
        INSERTS.put("registration", (c, t, id, ids) -> {
            String email = freshKey() + "@fachtag.test";
            return Jdbc.update(c, """
                    INSERT INTO registration (tenant_id, id, event_id, arrival, status, mode, channel, language, sector,
                        name, email, email_key)
                    VALUES (?, ?, ?, nextval('registration_arrival'), 'CONFIRMED', 'ON_SITE', 'FORM', 'de', 'OTHER',
                        'Erika Muster', ?, ?)
                    """, t, id, ids.pick(t, "event", 0), email, email);
        });
        // V8: counts kept per event, mode, sector and workshop; the registrations above already made one
        // row per tenant through the trigger, the seed adds the rest directly
        INSERTS.put(
                "registration_count",
                (c, t, id, ids) -> Jdbc.update(
                        c, """
                INSERT INTO registration_count (tenant_id, id, event_id, mode, sector, made, confirmed)
                VALUES (?, ?, ?, 'ON_SITE', ?, 1, 1)
                """, t, id, ids.pick(t, "event", 0), "S" + freshKey().substring(0, 7)));
        // V9: a private link of a registration (its hash only)
        INSERTS.put(
                "registration_link",
                (c, t, id, ids) -> Jdbc.update(
                        c, """
                INSERT INTO registration_link (tenant_id, id, registration_id, token_hash) VALUES (?, ?, ?, ?)
                """, t, id, ids.pick(t, "registration", 0), (freshKey() + freshKey()).substring(0, 64)));
        INSERTS.put(
                "consent_record",
                (c, t, id, ids) ->
                        Jdbc.update(c, """
                INSERT INTO consent_record (tenant_id, id, registration_id, consent_text_id, granted, channel)
                VALUES (?, ?, ?, ?, true, 'FORM')
                """, t, id, ids.pick(t, "registration", 0), ids.pick(t, "consent_text", 0)));
        INSERTS.put("outbox_mail", (c, t, id, ids) -> Jdbc.update(c, """
                INSERT INTO outbox_mail (tenant_id, id, registration_id, kind, recipient, language, subject, body_text)
                VALUES (?, ?, ?, 'CONFIRMATION', 'erika@fachtag.test', 'de', 'Bestaetigung', 'Hallo')
                """, t, id, ids.pick(t, "registration", 0)));
    }

    static {
        // V25: results and recommendations (one document per event; references between distinct recommendations)
        INSERTS.put("keyword", (c, t, id, ids) -> Jdbc.update(c, """
                INSERT INTO keyword (tenant_id, id, label_de) VALUES (?, ?, ?)
                """, t, id, "Stichwort " + freshKey()));
        INSERTS.put(
                "result_item",
                (c, t, id, ids) -> Jdbc.update(c, """
                INSERT INTO result_item (tenant_id, id, event_id, workshop_id, type, text_de) VALUES (?, ?, ?, ?, 'NEED', 'Bedarf')
                """, t, id, ids.pick(t, "event", 0), ids.pick(t, "workshop", 0)));
        INSERTS.put(
                "recommendation_document",
                (c, t, id, ids) -> Jdbc.update(
                        c,
                        """
                INSERT INTO recommendation_document (tenant_id, id, event_id, prefix) VALUES (?, ?, ?, 'HE-2024')
                """,
                        t,
                        id,
                        ids.pick(
                                t, "event", ids.of(t, "recommendation_document").size())));
        INSERTS.put(
                "recommendation",
                (c, t, id, ids) -> Jdbc.update(
                        c,
                        """
                INSERT INTO recommendation (tenant_id, id, document_id, number, title_de, text_de) VALUES (?, ?, ?, ?, 'Empfehlung', 'Text')
                """,
                        t,
                        id,
                        ids.pick(t, "recommendation_document", 0),
                        ids.of(t, "recommendation").size() + 1));
        INSERTS.put("recommendation_source", (c, t, id, ids) -> {
            int k = ids.of(t, "recommendation_source").size();
            return Jdbc.update(
                    c,
                    "INSERT INTO recommendation_source (tenant_id, id, recommendation_id, result_id) VALUES (?, ?, ?, ?)",
                    t,
                    id,
                    ids.pick(t, "recommendation", k),
                    ids.pick(t, "result_item", k));
        });
        INSERTS.put("recommendation_reference", (c, t, id, ids) -> {
            int k = ids.of(t, "recommendation_reference").size();
            if (ids.of(t, "recommendation").size() < 2) {
                // a reference joins two recommendations (never one with itself): the control's single one gets a
                // partner
                insert(c, "recommendation", t, ids);
            }
            return Jdbc.update(
                    c,
                    "INSERT INTO recommendation_reference (tenant_id, id, from_id, to_id, kind) VALUES (?, ?, ?, ?, 'SEE')",
                    t,
                    id,
                    ids.pick(t, "recommendation", k),
                    ids.pick(t, "recommendation", k + 1));
        });
        // V28-V30 (h13b): attachments, versions and comments, the state history, personal links and their tokens
        INSERTS.put("result_attachment", (c, t, id, ids) -> Jdbc.update(c, """
                INSERT INTO result_attachment (tenant_id, id, result_id, file_name, content_type, content, alt_de)
                VALUES (?, ?, ?, 'flipchart.png', 'image/png', decode('89504e470d0a1a0a', 'hex'), 'Flipchart')
                """, t, id, ids.pick(t, "result_item", 0)));
        INSERTS.put(
                "recommendation_version",
                (c, t, id, ids) -> Jdbc.update(
                        c,
                        """
                INSERT INTO recommendation_version (tenant_id, id, recommendation_id, version, title_de, text_de, saved_by)
                VALUES (?, ?, ?, ?, 'Empfehlung', 'Text', 'Redaktion')
                """,
                        t,
                        id,
                        ids.pick(t, "recommendation", 0),
                        ids.of(t, "recommendation_version").size() + 1));
        INSERTS.put(
                "recommendation_comment",
                (c, t, id, ids) -> Jdbc.update(c, """
                INSERT INTO recommendation_comment (tenant_id, id, recommendation_id, version, paragraph, text, author)
                VALUES (?, ?, ?, 1, 0, 'Kommentar', 'Redaktion')
                """, t, id, ids.pick(t, "recommendation", 0)));
        INSERTS.put(
                "recommendation_state_change",
                (c, t, id, ids) -> Jdbc.update(c, """
                INSERT INTO recommendation_state_change (tenant_id, id, recommendation_id, state, changed_by)
                VALUES (?, ?, ?, 'OPEN', 'Redaktion')
                """, t, id, ids.pick(t, "recommendation", 0)));
        INSERTS.put(
                "results_access",
                (c, t, id, ids) -> Jdbc.update(c, """
                INSERT INTO results_access (tenant_id, id, purpose, event_id, workshop_id, name, email, expires_at, created_by)
                VALUES (?, ?, 'WORKSHOP_LEAD', ?, ?, 'Leitung', 'lead@fachtag.test', now() + interval '1 day', 'Redaktion')
                """, t, id, ids.pick(t, "event", 0), ids.pick(t, "workshop", 0)));
        INSERTS.put(
                "results_access_token",
                (c, t, id, ids) ->
                        Jdbc.update(c, """
                INSERT INTO results_access_token (tenant_id, id, access_id, token_hash) VALUES (?, ?, ?, ?)
                """, t, id, ids.pick(t, "results_access", 0), freshKey() + freshKey()));
        // V31-V32 (h14): the actors directory and its confirmation links
        INSERTS.put(
                "actor_directory",
                (c, t, id, ids) -> Jdbc.update(
                        c,
                        "INSERT INTO actor_directory (tenant_id, id, source) VALUES (?, ?, 'Schnittstellenpapier')",
                        t,
                        id));
        INSERTS.put(
                "actor_area",
                (c, t, id, ids) -> Jdbc.update(
                        c,
                        "INSERT INTO actor_area (tenant_id, id, key, name, level) VALUES (?, ?, ?, 'Landkreis', 'DISTRICT')",
                        t,
                        id,
                        "a" + freshKey()));
        INSERTS.put(
                "actor_target_group",
                (c, t, id, ids) -> Jdbc.update(
                        c,
                        "INSERT INTO actor_target_group (tenant_id, id, key, label_de) VALUES (?, ?, ?, 'Geflüchtete')",
                        t,
                        id,
                        "g" + freshKey()));
        INSERTS.put(
                "actor",
                (c, t, id, ids) -> Jdbc.update(
                        c,
                        "INSERT INTO actor (tenant_id, id, key, name, kind, level) VALUES (?, ?, ?, 'Jobcenter', 'AGENCY', 'DISTRICT')",
                        t,
                        id,
                        "j" + freshKey()));
        INSERTS.put(
                "actor_contact",
                (c, t, id, ids) -> Jdbc.update(
                        c,
                        "INSERT INTO actor_contact (tenant_id, id, actor_id, role) VALUES (?, ?, ?, 'Beratung')",
                        t,
                        id,
                        ids.pick(t, "actor", 0)));
        INSERTS.put(
                "actor_task",
                (c, t, id, ids) -> Jdbc.update(
                        c,
                        "INSERT INTO actor_task (tenant_id, id, key, title_de) VALUES (?, ?, ?, 'Arbeitsvermittlung')",
                        t,
                        id,
                        "t" + freshKey()));
        INSERTS.put("actor_responsibility", (c, t, id, ids) -> {
            int k = ids.of(t, "actor_responsibility").size();
            return Jdbc.update(
                    c,
                    """
                    INSERT INTO actor_responsibility (tenant_id, id, actor_id, task_id, role, area_id, target_group_id)
                    VALUES (?, ?, ?, ?, 'RESPONSIBLE', ?, ?)
                    """,
                    t,
                    id,
                    ids.pick(t, "actor", k),
                    ids.pick(t, "actor_task", k),
                    ids.pick(t, "actor_area", k),
                    ids.pick(t, "actor_target_group", k));
        });
        INSERTS.put(
                "actor_life_situation",
                (c, t, id, ids) -> Jdbc.update(
                        c,
                        "INSERT INTO actor_life_situation (tenant_id, id, key, title_de) VALUES (?, ?, ?, 'Arbeit suchen')",
                        t,
                        id,
                        "l" + freshKey()));
        INSERTS.put(
                "actor_life_step",
                (c, t, id, ids) -> Jdbc.update(
                        c,
                        "INSERT INTO actor_life_step (tenant_id, id, life_situation_id, task_id) VALUES (?, ?, ?, ?)",
                        t,
                        id,
                        ids.pick(t, "actor_life_situation", 0),
                        ids.pick(t, "actor_task", 0)));
        INSERTS.put("actor_confirmation", (c, t, id, ids) -> Jdbc.update(c, """
                INSERT INTO actor_confirmation (tenant_id, id, actor_id, recipient, created_at, expires_at)
                VALUES (?, ?, ?, 'kontakt@jobcenter.test', now(), now() + interval '30 days')
                """, t, id, ids.pick(t, "actor", 0)));
        INSERTS.put("keyword_use", (c, t, id, ids) -> {
            int k = ids.of(t, "keyword_use").size();
            return Jdbc.update(
                    c,
                    "INSERT INTO keyword_use (tenant_id, id, keyword_id, result_id) VALUES (?, ?, ?, ?)",
                    t,
                    id,
                    ids.pick(t, "keyword", k),
                    ids.pick(t, "result_item", k));
        });
    }

    static TestDatabase db;
    static List<String> tables;
    /** The ids of every seeded row. */
    static final Ids seeded = new Ids();

    static String freshKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Inserts a row of a tenant into a table and, when that worked, records its id. */
    static int insert(Connection c, String table, String tenant, Ids ids) throws SQLException {
        UUID id = UUID.randomUUID();
        int rows = INSERTS.get(table).insert(c, tenant, id, ids);
        if (rows == 1) {
            ids.of(tenant, table).add(id);
        }
        return rows;
    }

    static int insertStaff(Connection c, String tenant, UUID id, String email) throws SQLException {
        return Jdbc.update(c, """
                INSERT INTO staff_account (tenant_id, id, email, display_name, roles) VALUES (?, ?, ?, 'Staff', 'ORGANIZER')
                """, tenant, id, email);
    }

    @BeforeAll
    static void seed() throws SQLException {
        db = MigratedDatabase.create("fachtag_it_ejb_rls");
        try (Connection app = db.asApplication().getConnection()) {
            assertThat(Jdbc.value(app, "SELECT current_user")).isEqualTo(TestDatabase.APP);
            assertThat(Catalog.tenantOwnedTables(app))
                    .as("tenant-owned tables in the catalog (a new one needs seed rows and an insert here)")
                    .containsExactlyInAnyOrderElementsOf(TABLES);
            assertThat(INSERTS.keySet()).containsExactlyInAnyOrderElementsOf(TABLES);
            assertThat(ROWS_OF_A.keySet()).containsExactlyInAnyOrderElementsOf(TABLES);
            assertThat(ROWS_OF_B.keySet()).containsExactlyInAnyOrderElementsOf(TABLES);
            tables = TABLES;
            for (String tenant : List.of(A, B, C)) {
                Jdbc.update(
                        app,
                        "INSERT INTO tenant (id, name, kind) VALUES (?, ?, 'DISTRICT')",
                        tenant,
                        "Tenant " + tenant);
            }
            seed(app, A, ROWS_OF_A, List.of(SHARED_EMAIL, A_ONLY_EMAIL));
            seed(app, B, ROWS_OF_B, List.of(SHARED_EMAIL));
        }
        try (Connection su = db.asSuperuser().getConnection()) {
            for (String table : tables) {
                assertThat(countOf(su, table, A))
                        .as("seeded rows of A in %s", table)
                        .isEqualTo((int) ROWS_OF_A.get(table));
                assertThat(countOf(su, table, B))
                        .as("seeded rows of B in %s", table)
                        .isEqualTo((int) ROWS_OF_B.get(table));
                assertThat(countOf(su, table, C))
                        .as("seeded rows of C in %s", table)
                        .isZero();
            }
        }
    }

    /** Seeds one tenant's rows as the application role, in a transaction bound to that tenant. */
    private static void seed(Connection app, String tenant, Map<String, Integer> rows, List<String> staffEmails)
            throws SQLException {
        app.setAutoCommit(false);
        Jdbc.execute(app, "SELECT set_config('app.tenant_id', ?, true)", tenant);
        for (String table : tables) {
            // rows a trigger made count too (registration_count holds one per registered combination)
            for (int i = (int) count(app, table); i < rows.get(table); i++) {
                if (table.equals("staff_account") && i < staffEmails.size()) {
                    UUID id = UUID.randomUUID();
                    assertThat(insertStaff(app, tenant, id, staffEmails.get(i))).isEqualTo(1);
                    seeded.of(tenant, table).add(id);
                } else {
                    assertThat(insert(app, table, tenant, seeded))
                            .as("seed row of %s in %s", tenant, table)
                            .isEqualTo(1);
                }
            }
        }
        app.commit();
        app.setAutoCommit(true);
    }

    /** Counts a tenant's rows in a table; meaningful only for a role that sees every row. */
    static long countOf(Connection c, String table, String tenant) throws SQLException {
        return Jdbc.number(c, "SELECT count(*) FROM " + table + " WHERE tenant_id = ?", tenant);
    }

    static long count(Connection c, String table) throws SQLException {
        return Jdbc.number(c, "SELECT count(*) FROM " + table);
    }

    @FunctionalInterface
    interface Work {
        void run(Connection c) throws Exception;
    }

    /** Runs work in a transaction with the given settings (null: not set), then rolls it back. */
    static void inTransaction(Connection c, String tenant, String loginEmail, Work work) throws Exception {
        c.setAutoCommit(false);
        try {
            if (tenant != null) {
                Jdbc.execute(c, "SELECT set_config('app.tenant_id', ?, true)", tenant);
            }
            if (loginEmail != null) {
                Jdbc.execute(c, "SELECT set_config('app.login_email', ?, true)", loginEmail);
            }
            work.run(c);
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    /** The statement fails as row level security refuses it: SQLSTATE 42501 from a policy, not a missing grant. */
    static void assertRefusedByRowLevelSecurity(String what, ThrowingCallable statement) {
        assertThatThrownBy(statement).as(what).isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getSQLState())
                    .as("SQLSTATE of: %s (%s)", what, e.getMessage())
                    .isEqualTo("42501");
            assertThat(e.getMessage()).as(what).contains("row-level security");
        });
    }

    /** The statement fails for want of a privilege: SQLSTATE 42501 "permission denied", before any policy is asked. */
    static void assertRefusedByPrivilege(String what, ThrowingCallable statement) {
        assertThatThrownBy(statement).as(what).isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getSQLState())
                    .as("SQLSTATE of: %s (%s)", what, e.getMessage())
                    .isEqualTo("42501");
            assertThat(e.getMessage()).as(what).contains("permission denied");
        });
    }

    /**
     * Consent records are append only for the application too (V9): its role can add them and read
     * them, but neither change nor delete one, not even its own tenant's; a withdrawal is a new record.
     */
    @Test
    void theApplicationCanAddConsentRecordsButNeitherChangeNorDeleteThem() throws Exception {
        try (Connection app = db.asApplication().getConnection()) {
            UUID own = seeded.of(A, "consent_record").get(0);
            inTransaction(
                    app,
                    A,
                    null,
                    c -> assertRefusedByPrivilege(
                            "UPDATE of A's consent record as A",
                            () -> Jdbc.update(c, "UPDATE consent_record SET granted = false WHERE id = ?", own)));
            inTransaction(
                    app,
                    A,
                    null,
                    c -> assertRefusedByPrivilege(
                            "UPDATE of A's consent records as A",
                            () -> Jdbc.update(c, "UPDATE consent_record SET recorded_at = now()")));
            inTransaction(
                    app,
                    A,
                    null,
                    c -> assertRefusedByPrivilege(
                            "DELETE of A's consent record as A",
                            () -> Jdbc.update(c, "DELETE FROM consent_record WHERE id = ?", own)));
            inTransaction(
                    app,
                    A,
                    null,
                    c -> assertRefusedByPrivilege(
                            "DELETE of A's consent records as A", () -> Jdbc.update(c, "DELETE FROM consent_record")));
            // Control: adding and reading still work.
            inTransaction(app, A, null, c -> {
                assertThat(insert(c, "consent_record", A, seeded.copy()))
                        .as("control: a new consent record of A")
                        .isEqualTo(1);
                assertThat(count(c, "consent_record")).isEqualTo(ROWS_OF_A.get("consent_record") + 1L);
            });
        }
        try (Connection su = db.asSuperuser().getConnection()) {
            assertThat(countOf(su, "consent_record", A))
                    .as("A's consent records afterwards")
                    .isEqualTo((int) ROWS_OF_A.get("consent_record"));
        }
    }

    /**
     * One active registration per address and event (V9): a cancelled one keeps its address and
     * does not stand in the way of a new registration; a second active one is refused.
     */
    @Test
    void anAddressHoldsOneActiveRegistrationPerEventBesideItsCancelledOnes() throws Exception {
        try (Connection app = db.asApplication().getConnection()) {
            inTransaction(app, A, null, c -> {
                UUID event = seeded.pick(A, "event", 0);
                String sql = """
                        INSERT INTO registration (tenant_id, id, event_id, arrival, status, mode, channel, language, sector,
                            name, email, email_key)
                        VALUES (?, ?, ?, nextval('registration_arrival'), ?, 'ON_SITE', 'FORM', 'de', 'OTHER',
                            'Erika Muster', 'again@fachtag.test', 'again@fachtag.test')""";
                assertThat(Jdbc.update(c, sql, A, UUID.randomUUID(), event, "CANCELLED"))
                        .isEqualTo(1);
                assertThat(Jdbc.update(c, sql, A, UUID.randomUUID(), event, "CANCELLED"))
                        .isEqualTo(1);
                assertThat(Jdbc.update(c, sql, A, UUID.randomUUID(), event, "CONFIRMED"))
                        .as("new after cancellations")
                        .isEqualTo(1);
                assertThatThrownBy(() -> Jdbc.update(c, sql, A, UUID.randomUUID(), event, "WAITLISTED"))
                        .as("a second active registration of the address")
                        .isInstanceOfSatisfying(
                                SQLException.class,
                                e -> assertThat(e.getSQLState()).isEqualTo("23505"));
            });
        }
    }

    @Test
    void aTenantSeesOnlyItsOwnRows() throws Exception {
        try (Connection app = db.asApplication().getConnection()) {
            for (String tenant : List.of(A, B)) {
                String other = tenant.equals(A) ? B : A;
                Map<String, Integer> expected = tenant.equals(A) ? ROWS_OF_A : ROWS_OF_B;
                inTransaction(app, tenant, null, c -> {
                    for (String table : tables) {
                        assertThat(count(c, table))
                                .as("rows of %s visible to %s", table, tenant)
                                .isEqualTo((int) expected.get(table));
                        assertThat(countOf(c, table, other))
                                .as("rows of %s in %s visible to %s", other, table, tenant)
                                .isZero();
                        assertThat(Jdbc.number(c, "SELECT count(*) FROM " + table + " WHERE tenant_id <> ?", tenant))
                                .as("foreign rows in %s visible to %s", table, tenant)
                                .isZero();
                    }
                });
            }
        }
    }

    @Test
    void aTenantCannotUpdateOrDeleteAnotherTenantsRows() throws Exception {
        Map<String, List<Object>> idsOfB = new TreeMap<>();
        try (Connection su = db.asSuperuser().getConnection()) {
            for (String table : tables) {
                idsOfB.put(
                        table,
                        Jdbc.rows(su, "SELECT id FROM " + table + " WHERE tenant_id = ?", B).stream()
                                .map(r -> r.get("id"))
                                .toList());
                assertThat(idsOfB.get(table)).as("ids of B in %s", table).isNotEmpty();
            }
        }
        try (Connection app = db.asApplication().getConnection()) {
            inTransaction(app, A, null, c -> {
                for (String table : tables) {
                    if (!NO_UPDATE.contains(table)) {
                        assertThat(Jdbc.update(
                                        c, "UPDATE " + table + " SET tenant_id = tenant_id WHERE tenant_id = ?", B))
                                .as("UPDATE of B's rows in %s as A", table)
                                .isZero();
                        assertThat(Jdbc.update(
                                        c,
                                        "UPDATE " + table + " SET tenant_id = tenant_id WHERE id = ?",
                                        idsOfB.get(table).get(0)))
                                .as("UPDATE of a row of B in %s by id as A", table)
                                .isZero();
                    }
                    if (!NO_DELETE.contains(table)) {
                        assertThat(Jdbc.update(c, "DELETE FROM " + table + " WHERE tenant_id = ?", B))
                                .as("DELETE of B's rows in %s as A", table)
                                .isZero();
                        assertThat(Jdbc.update(
                                        c,
                                        "DELETE FROM " + table + " WHERE id = ?",
                                        idsOfB.get(table).get(0)))
                                .as("DELETE of a row of B in %s by id as A", table)
                                .isZero();
                    }
                }
                // Control: the very same statements do reach A's own rows (deleting children first).
                for (String table : tables) {
                    if (!NO_UPDATE.contains(table)) {
                        assertThat(Jdbc.update(
                                        c, "UPDATE " + table + " SET tenant_id = tenant_id WHERE tenant_id = ?", A))
                                .as("control: UPDATE of A's rows in %s as A", table)
                                .isEqualTo((int) ROWS_OF_A.get(table));
                    }
                }
                List<String> childrenFirst = new ArrayList<>(tables);
                Collections.reverse(childrenFirst);
                for (String table : childrenFirst) {
                    if (NO_DELETE.contains(table)) {
                        continue;
                    }
                    java.sql.Savepoint before = c.setSavepoint();
                    try {
                        assertThat(Jdbc.update(c, "DELETE FROM " + table + " WHERE tenant_id = ?", A))
                                .as("control: DELETE of A's rows in %s as A", table)
                                .isEqualTo((int) ROWS_OF_A.get(table));
                    } catch (SQLException e) {
                        // A's consent records stay, and so do the rows they point at (a foreign key or the
                        // used text's trigger refuses): the statement reached them
                        assertThat(e.getSQLState())
                                .as("control: DELETE of A's rows in %s as A (%s)", table, e.getMessage())
                                .isIn("23503", "23000");
                        assertThat(KEPT_BY_CONSENT_RECORDS)
                                .as("rows of %s kept by consent records", table)
                                .contains(table);
                        c.rollback(before);
                    }
                }
            });
        }
        try (Connection su = db.asSuperuser().getConnection()) {
            for (String table : tables) {
                assertThat(countOf(su, table, B))
                        .as("B's rows in %s afterwards", table)
                        .isEqualTo((int) ROWS_OF_B.get(table));
                assertThat(countOf(su, table, A))
                        .as("A's rows in %s after the rollback", table)
                        .isEqualTo((int) ROWS_OF_A.get(table));
            }
        }
    }

    @Test
    void aTenantCannotMoveItsRowsToAnotherTenant() throws Exception {
        try (Connection app = db.asApplication().getConnection()) {
            for (String table : tables) {
                if (NO_UPDATE.contains(table)) {
                    inTransaction(
                            app,
                            A,
                            null,
                            c -> assertRefusedByPrivilege(
                                    "moving A's rows in " + table + " to B",
                                    () -> Jdbc.update(
                                            c, "UPDATE " + table + " SET tenant_id = ? WHERE tenant_id = ?", B, A)));
                } else {
                    inTransaction(
                            app,
                            A,
                            null,
                            c -> assertRefusedByRowLevelSecurity(
                                    "moving A's rows in " + table + " to B",
                                    () -> Jdbc.update(
                                            c, "UPDATE " + table + " SET tenant_id = ? WHERE tenant_id = ?", B, A)));
                }
            }
        }
    }

    @Test
    void aTenantCannotInsertRowsForAnotherTenant() throws Exception {
        try (Connection app = db.asApplication().getConnection()) {
            for (String table : tables) {
                // a row that would be valid for B (its parents are B's), refused because A is set
                inTransaction(
                        app,
                        A,
                        null,
                        c -> assertRefusedByRowLevelSecurity(
                                "insert of a row of B into " + table + " as A",
                                () -> insert(c, table, B, seeded.copy())));
            }
            // Control: the same inserts work for the tenant that is set (parents first).
            inTransaction(app, C, null, c -> {
                Ids ofC = new Ids();
                for (String table : tables) {
                    assertThat(insert(c, table, C, ofC))
                            .as("control: insert of a row of C into %s as C", table)
                            .isEqualTo(1);
                }
            });
        }
    }

    @Test
    void withoutATenantNothingIsVisibleAndNothingCanBeWritten() throws Exception {
        try (Connection app = db.asApplication().getConnection()) {
            assertThat(Jdbc.value(app, "SELECT current_setting('app.tenant_id', true)"))
                    .as("app.tenant_id on a new session")
                    .isNull();
            for (String table : tables) {
                // autocommit, as a stray native query outside any transaction would run
                assertThat(count(app, table))
                        .as("rows of %s visible without a tenant (autocommit)", table)
                        .isZero();
            }
            inTransaction(app, null, null, c -> {
                for (String table : tables) {
                    assertThat(count(c, table))
                            .as("rows of %s visible without a tenant", table)
                            .isZero();
                    if (!NO_UPDATE.contains(table)) {
                        assertThat(Jdbc.update(c, "UPDATE " + table + " SET tenant_id = tenant_id"))
                                .as("UPDATE of %s", table)
                                .isZero();
                    }
                    if (!NO_DELETE.contains(table)) {
                        assertThat(Jdbc.update(c, "DELETE FROM " + table))
                                .as("DELETE from %s", table)
                                .isZero();
                    }
                }
            });
            for (String table : tables) {
                inTransaction(
                        app,
                        null,
                        null,
                        c -> assertRefusedByRowLevelSecurity(
                                "insert into " + table + " without a tenant",
                                () -> insert(c, table, B, seeded.copy())));
            }
        }
        assertEveryTableStillHoldsBothTenants();
    }

    @Test
    void anEmptyTenantSeesNothingAndWritesNothing() throws Exception {
        try (Connection app = db.asApplication().getConnection()) {
            inTransaction(app, "", null, c -> {
                assertThat(Jdbc.value(c, "SELECT current_setting('app.tenant_id', true)"))
                        .isEqualTo("");
                for (String table : tables) {
                    assertThat(count(c, table))
                            .as("rows of %s visible with an empty tenant", table)
                            .isZero();
                }
            });
            for (String table : tables) {
                inTransaction(
                        app,
                        "",
                        null,
                        c -> assertRefusedByRowLevelSecurity(
                                "insert into " + table + " with an empty tenant",
                                () -> insert(c, table, B, seeded.copy())));
            }
        }
    }

    @Test
    void theTenantSettingEndsWithItsTransaction() throws Exception {
        try (Connection app = db.asApplication().getConnection()) {
            Object backend = Jdbc.value(app, "SELECT pg_backend_pid()");

            app.setAutoCommit(false);
            Jdbc.execute(app, "SELECT set_config('app.tenant_id', ?, true)", A);
            for (String table : tables) {
                assertThat(count(app, table))
                        .as("rows of %s visible to A inside the transaction", table)
                        .isEqualTo((int) ROWS_OF_A.get(table));
            }
            app.commit();
            // next transaction on the very same session
            assertThat(Jdbc.value(app, "SELECT pg_backend_pid()"))
                    .as("same physical connection")
                    .isEqualTo(backend);
            assertThat((String) Jdbc.value(app, "SELECT current_setting('app.tenant_id', true)"))
                    .as("app.tenant_id after the commit")
                    .isNullOrEmpty();
            for (String table : tables) {
                assertThat(count(app, table))
                        .as("rows of %s visible after A's transaction committed", table)
                        .isZero();
            }
            app.rollback();

            // the same after a rollback
            Jdbc.execute(app, "SELECT set_config('app.tenant_id', ?, true)", A);
            assertThat(count(app, "funder")).as("control: A set again").isEqualTo((int) ROWS_OF_A.get("funder"));
            app.rollback();
            for (String table : tables) {
                assertThat(count(app, table))
                        .as("rows of %s visible after A's transaction rolled back", table)
                        .isZero();
            }
            app.rollback();

            // and a transaction-local setting made in autocommit mode is gone with its own statement
            app.setAutoCommit(true);
            Jdbc.execute(app, "SELECT set_config('app.tenant_id', ?, true)", A);
            for (String table : tables) {
                assertThat(count(app, table))
                        .as("rows of %s visible after set_config in autocommit", table)
                        .isZero();
            }
            assertThat(Jdbc.value(app, "SELECT pg_backend_pid()"))
                    .as("same physical connection")
                    .isEqualTo(backend);
        }
    }

    @Test
    void signInSeesExactlyTheAccountsOfOneAddressAndWritesNothing() throws Exception {
        Set<String> accountsWithSharedAddress = new HashSet<>();
        try (Connection su = db.asSuperuser().getConnection()) {
            for (Map<String, Object> row :
                    Jdbc.rows(su, "SELECT tenant_id, id FROM staff_account WHERE email = ?", SHARED_EMAIL)) {
                accountsWithSharedAddress.add(row.get("tenant_id") + "/" + row.get("id"));
            }
            assertThat(count(su, "staff_account"))
                    .as("control: more accounts exist than the address has")
                    .isGreaterThan(accountsWithSharedAddress.size());
        }
        assertThat(accountsWithSharedAddress)
                .as("accounts with the shared address")
                .hasSize(2)
                .anyMatch(k -> k.startsWith(A + "/"))
                .anyMatch(k -> k.startsWith(B + "/"));

        try (Connection app = db.asApplication().getConnection()) {
            inTransaction(app, null, SHARED_EMAIL, c -> {
                Set<String> visible = new HashSet<>();
                for (Map<String, Object> row : Jdbc.rows(c, "SELECT tenant_id, id, email FROM staff_account")) {
                    assertThat(row.get("email")).isEqualTo(SHARED_EMAIL);
                    visible.add(row.get("tenant_id") + "/" + row.get("id"));
                }
                assertThat(visible)
                        .as("accounts visible during sign-in of %s", SHARED_EMAIL)
                        .isEqualTo(accountsWithSharedAddress);
                for (String table : tables) {
                    if (!table.equals("staff_account")) {
                        assertThat(count(c, table))
                                .as("rows of %s visible during sign-in", table)
                                .isZero();
                    }
                }
                assertThat(Jdbc.update(
                                c,
                                "UPDATE staff_account SET display_name = 'taken over' WHERE email = ?",
                                SHARED_EMAIL))
                        .as("UPDATE of the accounts visible during sign-in")
                        .isZero();
                assertThat(Jdbc.update(c, "UPDATE staff_account SET display_name = 'taken over'"))
                        .as("UPDATE of any account during sign-in")
                        .isZero();
                assertThat(Jdbc.update(c, "DELETE FROM staff_account WHERE email = ?", SHARED_EMAIL))
                        .as("DELETE of the accounts visible during sign-in")
                        .isZero();
            });
            inTransaction(
                    app,
                    null,
                    SHARED_EMAIL,
                    c -> assertRefusedByRowLevelSecurity(
                            "insert of an account during sign-in",
                            () -> insertStaff(c, A, UUID.randomUUID(), SHARED_EMAIL.replace("shared", "second"))));

            inTransaction(
                    app,
                    null,
                    A_ONLY_EMAIL,
                    c -> assertThat(Jdbc.strings(c, "SELECT tenant_id FROM staff_account"))
                            .as("accounts visible during sign-in of %s", A_ONLY_EMAIL)
                            .containsExactly(A));
            inTransaction(
                    app,
                    null,
                    "nobody@fachtag.test",
                    c -> assertThat(count(c, "staff_account"))
                            .as("accounts visible for an unknown address")
                            .isZero());
            inTransaction(
                    app,
                    null,
                    "",
                    c -> assertThat(count(c, "staff_account"))
                            .as("accounts visible for an empty address")
                            .isZero());
        }
        try (Connection su = db.asSuperuser().getConnection()) {
            assertThat(Jdbc.strings(su, "SELECT DISTINCT display_name FROM staff_account"))
                    .containsExactly("Staff");
        }
        assertEveryTableStillHoldsBothTenants();
    }

    /**
     * Negative control: the superuser bypasses row level security, so the very queries the
     * application role ran with tenant A set see B's rows too. What hides them is the policy.
     */
    @Test
    void theSuperuserSeesEveryTenantWithTheSameQueries() throws Exception {
        try (Connection su = db.asSuperuser().getConnection()) {
            inTransaction(su, A, null, c -> {
                for (String table : tables) {
                    assertThat(count(c, table))
                            .as("rows of %s seen by the superuser with A set", table)
                            .isEqualTo((int) ROWS_OF_A.get(table) + ROWS_OF_B.get(table));
                    assertThat(countOf(c, table, B))
                            .as("rows of B in %s seen by the superuser with A set", table)
                            .isEqualTo((int) ROWS_OF_B.get(table));
                }
            });
        }
    }

    /**
     * The one cross-tenant read: ministry_figures returns counts of every tenant's events in the
     * ministry's scope (here C hosts events of A and B), nothing about a person, and opens no row
     * to the application role afterwards, in the same transaction, with or without a tenant.
     */
    @Test
    void ministryFiguresAreCountsAcrossTenantsAndOpenNothingElse() throws Exception {
        try (Connection app = db.asApplication().getConnection()) {
            for (String tenant : java.util.Arrays.asList(null, A)) {
                inTransaction(app, tenant, null, c -> {
                    List<Map<String, Object>> figures = Jdbc.rows(c, "SELECT * FROM ministry_figures(?)", C);
                    assertThat(figures)
                            .extracting(r -> r.get("tenant_id"))
                            .as("events hosted by C")
                            .contains(A, B);
                    // the seeded events carry figures entered by hand (manual_figure: 7 people per sector row)
                    for (String tenantOfRow : List.of(A, B)) {
                        assertThat(figures.stream()
                                        .filter(r -> tenantOfRow.equals(r.get("tenant_id"))
                                                && "SECTOR".equals(r.get("dimension"))
                                                && Boolean.TRUE.equals(r.get("manual")))
                                        .map(r -> ((Number) r.get("confirmed")).longValue())
                                        .toList())
                                .as("%s's hand-entered figures", tenantOfRow)
                                .hasSize(
                                        tenantOfRow.equals(A)
                                                ? ROWS_OF_A.get("manual_figure")
                                                : ROWS_OF_B.get("manual_figure"))
                                .containsOnly(7L);
                    }
                    assertThat(figures.toString())
                            .as("no person in the figures")
                            .doesNotContain("Erika Muster", "@fachtag.test");
                    assertThat(Jdbc.rows(c, "SELECT * FROM registration_fact").size())
                            .as("registration_fact afterwards, tenant %s", tenant)
                            .isEqualTo(tenant == null ? 0 : ROWS_OF_A.get("registration"));
                    assertThat(count(c, "registration"))
                            .as("registrations afterwards, tenant %s", tenant)
                            .isEqualTo(tenant == null ? 0 : ROWS_OF_A.get("registration"));
                    assertThat(Jdbc.rows(c, "SELECT * FROM ministry_figures(?)", "gibt-es-nicht"))
                            .isEmpty();
                });
            }
        }
    }

    /** FORCE ROW LEVEL SECURITY: even the role that owns the tables sees one tenant only. */
    @Test
    void theOwnerIsBoundByRowLevelSecurityToo() throws Exception {
        try (Connection owner = db.asOwner().getConnection()) {
            inTransaction(owner, A, null, c -> {
                for (String table : tables) {
                    assertThat(count(c, table))
                            .as("rows of %s seen by the owner with A set", table)
                            .isEqualTo((int) ROWS_OF_A.get(table));
                }
            });
            inTransaction(owner, null, null, c -> {
                for (String table : tables) {
                    assertThat(count(c, table))
                            .as("rows of %s seen by the owner without a tenant", table)
                            .isZero();
                }
            });
        }
    }

    private static void assertEveryTableStillHoldsBothTenants() throws SQLException {
        try (Connection su = db.asSuperuser().getConnection()) {
            for (String table : tables) {
                assertThat(countOf(su, table, A)).as("rows of A in %s", table).isEqualTo((int) ROWS_OF_A.get(table));
                assertThat(countOf(su, table, B)).as("rows of B in %s", table).isEqualTo((int) ROWS_OF_B.get(table));
            }
        }
    }
}
