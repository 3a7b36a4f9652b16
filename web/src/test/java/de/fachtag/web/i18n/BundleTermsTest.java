package de.fachtag.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One resource key per term, one wording per term (issue 12).
 *
 * <p>A <em>term</em> is the label of an enum value the pages, files and mails show: the keys of the
 * families {@code status.*} (registration status), {@code contribution.status.*} (a speaker
 * confirmed or only asked: "angefragt"), {@code mode.*} (vor Ort / Livestream), {@code format.*}
 * (an event's format), {@code sector.*}, {@code state.*}, {@code kind.*} (agenda item kinds),
 * {@code role.*} (contribution roles) and {@code register.closed}; the family's suffix is the enum
 * constant in capitals. The rules:
 *
 * <ol>
 *   <li>Within one bundle, two keys of the status, contribution status, mode, format, sector and
 *       state families never carry the same German text (one term, one key), and neither do two
 *       keys of the same family among kind and role.
 *   <li>A term's key is the same in every bundle that shows the term, with the same German and the
 *       same English wording in each (a trailing colon, used where the term heads a list, aside).
 *   <li>Each bundle's German and English files have the same key set (the German-only staff mails
 *       aside).
 * </ol>
 */
class BundleTermsTest {

    private static final String WEB = "de/fachtag/web/i18n/";

    /** Every bundle, as a class-path base name (without ".properties"). */
    private static final List<String> BUNDLES = List.of(
            WEB + "messages",
            WEB + "results",
            WEB + "event",
            WEB + "backoffice",
            WEB + "registration",
            WEB + "registrations",
            WEB + "report",
            WEB + "actors",
            WEB + "faces",
            "de/fachtag/mail/mails",
            "de/fachtag/reporting/metrics",
            "ValidationMessages");

    /** The registration terms are shown by the form, the organizer's table and files, and the mails. */
    private static final List<String> REGISTRATION_TERM_BUNDLES =
            List.of(WEB + "registration", WEB + "registrations", "de/fachtag/mail/mails");

    /** The programme's terms are shown by the public page and the back office. */
    private static final List<String> PROGRAMME_TERM_BUNDLES = List.of(WEB + "event", WEB + "backoffice");

    /** Staff mails (feedback forwarded to the organizer, staff accounts) are German only. */
    private static final Pattern GERMAN_ONLY = Pattern.compile("(feedback|staff)\\..*");

    private static final Pattern ONE_TERM_PER_VALUE =
            Pattern.compile("(status|contribution\\.status|mode|format|sector|state)\\.[A-Z_]+|register\\.closed");

    private static final Pattern KIND_OR_ROLE = Pattern.compile("(kind|role)\\.[A-Z_]+");

    private static final Pattern SHARED_TERM =
            Pattern.compile("(status|contribution\\.status|mode|format|sector|kind|role)\\.[A-Z_]+|register\\.closed");

    @Test
    void withinABundleNoTwoTermKeysCarryTheSameGermanText() {
        List<String> clashes = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Properties de = load(bundle, "");
            clashes.addAll(
                    sameValue(bundle, de, key -> ONE_TERM_PER_VALUE.matcher(key).matches()));
            for (String family : List.of("kind.", "role.")) {
                clashes.addAll(sameValue(
                        bundle,
                        de,
                        key -> key.startsWith(family)
                                && KIND_OR_ROLE.matcher(key).matches()));
            }
        }
        assertThat(clashes).as("one term, one key").isEmpty();
    }

    @Test
    void aTermIsWordedAlikeInEveryBundleThatShowsIt() {
        List<String> differences = new ArrayList<>();
        for (String suffix : List.of("", "_en")) {
            differences.addAll(differences(REGISTRATION_TERM_BUNDLES, suffix));
            differences.addAll(differences(PROGRAMME_TERM_BUNDLES, suffix));
        }
        assertThat(differences).as("one wording per term").isEmpty();
    }

    @Test
    void theRenamedTermsKeepOneKey() {
        // "angefragt" had three keys, the event format two wordings, the closed registration two keys
        Properties event = load(WEB + "event", "");
        Properties backoffice = load(WEB + "backoffice", "");
        Properties report = load(WEB + "report", "");
        assertThat(event.getProperty("contribution.status.REQUESTED")).isEqualTo("angefragt");
        assertThat(backoffice.getProperty("contribution.status.REQUESTED")).isEqualTo("angefragt");
        assertThat(report.stringPropertyNames()).doesNotContain("funding.requested");
        assertThat(event.stringPropertyNames())
                .doesNotContain("contribution.requested", "registration.closed", "event.format.ON_SITE")
                .contains("register.closed", "format.ON_SITE", "format.HYBRID", "format.ONLINE");
        assertThat(backoffice.stringPropertyNames()).doesNotContain("status.CONFIRMED", "status.REQUESTED");
        for (String bundle : BUNDLES) {
            for (String suffix : List.of("", "_en")) {
                load(bundle, suffix)
                        .forEach((key, value) -> assertThat(value.toString())
                                .as(bundle + suffix + ": " + key)
                                .doesNotContainIgnoringCase("via livestream")
                                .doesNotContain("nimmt die Anmeldung keine Anmeldungen"));
            }
        }
    }

    @Test
    void germanAndEnglishBundlesHaveTheSameKeys() {
        List<String> missing = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Set<String> de = new TreeSet<>(load(bundle, "").stringPropertyNames());
            Set<String> en = new TreeSet<>(load(bundle, "_en").stringPropertyNames());
            de.removeIf(
                    key -> bundle.endsWith("/mails") && GERMAN_ONLY.matcher(key).matches());
            for (String key : de) {
                if (!en.contains(key)) {
                    missing.add(bundle + "_en lacks " + key);
                }
            }
            for (String key : en) {
                if (!de.contains(key)) {
                    missing.add(bundle + " lacks " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<String> sameValue(String bundle, Properties texts, java.util.function.Predicate<String> keys) {
        Map<String, String> byValue = new TreeMap<>();
        List<String> clashes = new ArrayList<>();
        for (String key : new TreeSet<>(texts.stringPropertyNames())) {
            if (!keys.test(key)) {
                continue;
            }
            String value = normalise(texts.getProperty(key));
            String other = byValue.putIfAbsent(value, key);
            if (other != null) {
                clashes.add(bundle + ": " + other + " and " + key + " both say \"" + value + "\"");
            }
        }
        return clashes;
    }

    private static List<String> differences(List<String> bundles, String suffix) {
        Map<String, Map<String, String>> wordings = new TreeMap<>();
        for (String bundle : bundles) {
            Properties texts = load(bundle, suffix);
            for (String key : texts.stringPropertyNames()) {
                if (SHARED_TERM.matcher(key).matches()) {
                    wordings.computeIfAbsent(key, k -> new TreeMap<>())
                            .put(bundle + suffix, stripColon(texts.getProperty(key)));
                }
            }
        }
        List<String> differences = new ArrayList<>();
        wordings.forEach((key, byBundle) -> {
            if (byBundle.values().stream().distinct().count() > 1) {
                differences.add(key + " is worded differently: " + byBundle);
            }
        });
        return differences;
    }

    private static String stripColon(String value) {
        String v = value.strip();
        return v.endsWith(":") ? v.substring(0, v.length() - 1).strip() : v;
    }

    private static String normalise(String value) {
        return stripColon(value).toLowerCase(Locale.GERMAN);
    }

    private static Properties load(String bundle, String suffix) {
        String path = bundle + suffix + ".properties";
        try (InputStream in = BundleTermsTest.class.getClassLoader().getResourceAsStream(path)) {
            Objects.requireNonNull(in, path);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }
}
