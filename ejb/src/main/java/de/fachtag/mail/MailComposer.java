package de.fachtag.mail;

import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.RegistrationStatus;
import de.fachtag.tenant.LocalizedString;
import de.fachtag.tenant.TenantLinks;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Renders the registration mails: every {@link MailKind} in the registration's language
 * (German or English, texts in {@code de/fachtag/mail/mails*.properties}), as plain text and
 * as a simple, accessible HTML alternative (language set, one heading per level, a data table
 * with row headers, descriptive link texts, the tenant's colour only as a decorative bar so it
 * never decides a contrast). Every value that does not come from the bundle (names, titles,
 * the tenant's texts) is stripped of control characters and, in HTML, escaped.
 *
 * <p>The self-service link {@code {root}/r/{token}} appears only when a token is given:
 * the database keeps only the token's hash, so mails written later (promotion, changes,
 * reminders) point to the link of the confirmation mail and to the event page, where it can be
 * requested again. Confirmations and promotions carry the event as an .ics file.
 *
 * <p>Stateless and thread-safe; a pure function of its arguments.
 */
public final class MailComposer {

    static final String BUNDLE = "de.fachtag.mail.mails";
    static final String DEFAULT_COLOUR = "#1a4f8b";
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** Control characters but line feed and tab; carriage returns go too (a line is a line feed). */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Renders one mail. {@code baseUrl} without a trailing slash; {@code now} stamps the calendar file. */
    public ComposedMail compose(MailKind kind, MailFacts facts, Optional<String> token, String baseUrl, Instant now) {
        return compose(
                kind,
                facts,
                token,
                TenantLinks.onPlatform(baseUrl, facts.organizer().slug()),
                now);
    }

    /** Renders one mail with its links where {@code links} says; {@code now} stamps the calendar file. */
    public ComposedMail compose(
            MailKind kind, MailFacts facts, Optional<String> token, TenantLinks links, Instant now) {
        return new Rendering(kind, facts, token.filter(t -> !t.isBlank()), links, now).render();
    }

    /** Whether the kind carries the calendar file. */
    public static boolean carriesCalendar(MailKind kind) {
        return kind == MailKind.CONFIRMATION || kind == MailKind.PROMOTED;
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE,
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN,
                MailComposer.class.getClassLoader(),
                NO_FALLBACK);
    }

    /** Without control characters (line feeds and tabs stay), stripped; null stays null. */
    static String plain(String value) {
        return value == null ? null : CONTROL.matcher(value).replaceAll("").strip();
    }

    /** One line: without control characters and line breaks (for subjects, labels, table cells). */
    static String line(String value) {
        return value == null ? null : plain(value).replaceAll("[\\n\\t]+", " ").strip();
    }

    /** HTML text and attribute escaping of a value from outside the bundle. */
    static String html(String value) {
        if (value == null) {
            return "";
        }
        String v = plain(value);
        StringBuilder out = new StringBuilder(v.length() + 16);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String colour(String colour) {
        return colour != null && COLOUR.matcher(colour).matches() ? colour.toLowerCase(Locale.ROOT) : DEFAULT_COLOUR;
    }

    /** One mail being rendered: text and HTML side by side, from the same facts. */
    private static final class Rendering {

        /** A private-use character standing for an HTML argument while the rest is escaped. */
        private static final String SLOT = "\uE000";

        private final MailKind kind;
        private final MailFacts f;
        private final Optional<String> token;
        private final TenantLinks links;
        private final Instant now;
        private final Locale locale;
        private final ResourceBundle texts;
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder html = new StringBuilder();

        Rendering(MailKind kind, MailFacts facts, Optional<String> token, TenantLinks links, Instant now) {
            this.kind = kind;
            this.f = facts;
            this.token = token;
            this.links = links;
            this.now = now;
            this.locale = facts.attendee().locale();
            this.texts = bundle(locale);
        }

        ComposedMail render() {
            String title = line(in(f.event().title()));
            String subject = line(msg("subject." + kind, title));
            Optional<String> calendar = carriesCalendar(kind)
                    ? MailCalendar.of(f, title, calendarDescription(title), URI.create(eventPage()), now)
                    : Optional.empty();
            String colour = colour(f.organizer().colour());
            html.append("<!DOCTYPE html>\n<html lang=\"")
                    .append(locale.getLanguage())
                    .append("\">\n<head>\n")
                    .append(
                            "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<title>")
                    .append(html(subject))
                    .append("</title>\n</head>\n")
                    .append("<body style=\"margin:0;padding:0;background:#ffffff;color:#1a1a1a;")
                    .append("font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5\">\n")
                    .append("<div style=\"max-width:40em;margin:0 auto;padding:1em 1.25em;border-top:8px solid ")
                    .append(colour)
                    .append("\">\n")
                    .append("<p style=\"margin:0 0 .5em;font-weight:bold\">")
                    .append(html(f.organizer().name()))
                    .append("</p>\n")
                    .append("<h1 style=\"font-size:1.4em;margin:0 0 1em\">")
                    .append(html(title))
                    .append("</h1>\n");

            String name = line(f.attendee().name());
            text.append(msg("greeting", name)).append("\n\n");
            html.append("<p>")
                    .append(htmlMsg("greeting", "<bdi>" + html(name) + "</bdi>"))
                    .append("</p>\n");
            LocalizedString own = f.organizer().intros().get(kind.name());
            paragraph(own != null && own.getDe() != null ? plain(in(own)) : msg("intro." + kind));
            if (kind == MailKind.WAITLISTED && f.attendee().waitlistPosition() != null) {
                paragraph(msg("intro.WAITLISTED.position", f.attendee().waitlistPosition()));
            }
            details(title);
            if (kind == MailKind.LIVESTREAM_ACCESS && f.event().livestreamUrl() != null) {
                link(msg("livestream.link"), f.event().livestreamUrl(), msg("livestream.action"));
            } else if (f.attendee().mode() == ParticipationMode.LIVESTREAM
                    && kind != MailKind.CANCELLED
                    && kind != MailKind.WAITLISTED) {
                paragraph(msg("livestream.later"));
            }
            if (calendar.isPresent()) {
                paragraph(msg("calendar"));
            }
            selfService();
            contact();
            footer();
            html.append("</div>\n</body>\n</html>\n");
            return calendar.map(ics -> new ComposedMail(
                            subject,
                            text.toString(),
                            html.toString(),
                            MailCalendar.fileName(f),
                            "text/calendar; charset=UTF-8",
                            ics.getBytes(StandardCharsets.UTF_8)))
                    .orElseGet(() -> new ComposedMail(subject, text.toString(), html.toString(), null, null, null));
        }

        private void details(String title) {
            var a = f.attendee();
            var e = f.event();
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {msg("label.event"), title});
            if (e.date() != null) {
                rows.add(new String[] {
                    msg("label.date"),
                    e.date()
                            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                                    .withLocale(locale))
                });
            }
            if (e.start() != null && e.end() != null) {
                DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm");
                rows.add(new String[] {
                    msg("label.time"), msg("time", e.start().format(hm), e.end().format(hm))
                });
            }
            if (a.mode() != ParticipationMode.LIVESTREAM && e.venue() != null) {
                rows.add(new String[] {msg("label.venue"), line(e.venue())});
            }
            if (a.mode() != null) {
                rows.add(new String[] {msg("label.mode"), msg("mode." + a.mode())});
            }
            if (a.workshopCode() != null) {
                String w = line(a.workshopCode())
                        + (a.workshopTitle() == null ? "" : ": " + line(in(a.workshopTitle())))
                        + (a.workshopRoom() == null ? "" : " (" + line(a.workshopRoom()) + ")");
                rows.add(new String[] {msg("label.workshop"), w});
            }
            if (a.status() != null) {
                rows.add(new String[] {msg("label.status"), msg("status." + a.status())});
            }
            if (a.checkinCode() != null
                    && a.status() == RegistrationStatus.CONFIRMED
                    && a.mode() == ParticipationMode.ON_SITE
                    && kind != MailKind.CANCELLED
                    && kind != MailKind.LIVESTREAM_ACCESS) {
                rows.add(new String[] {msg("label.checkin"), line(a.checkinCode())});
            }

            text.append(msg("details")).append('\n');
            html.append("<h2 style=\"font-size:1.15em;margin:1.5em 0 .5em\">")
                    .append(html(msg("details")))
                    .append("</h2>\n")
                    .append("<table style=\"border-collapse:collapse;margin:0 0 1em\">\n<tbody>\n");
            for (String[] row : rows) {
                text.append("  ").append(row[0]).append(": ").append(row[1]).append('\n');
                html.append(
                                "<tr><th scope=\"row\" style=\"text-align:left;vertical-align:top;padding:.2em 1em .2em 0\">")
                        .append(html(row[0]))
                        .append("</th><td style=\"padding:.2em 0\">")
                        .append(html(row[1]))
                        .append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
            text.append('\n');
        }

        private void selfService() {
            String page = eventPage();
            if (kind == MailKind.CANCELLED) {
                paragraph(msg("link.registerAgain"));
                link(msg("link.event"), page, msg("link.event.action"));
            } else if (token.isPresent()) {
                link(msg("link.token"), links.privateLink(token.get()), msg("link.token.action"));
                paragraph(msg("link.token.keep"));
            } else {
                paragraph(msg("link.noToken"));
                link(msg("link.event"), page, msg("link.event.action"));
            }
        }

        private void contact() {
            var o = f.organizer();
            List<String> ways = new ArrayList<>();
            List<String> htmlWays = new ArrayList<>();
            if (o.email() != null && !o.email().isBlank()) {
                String mail = line(o.email());
                ways.add(msg("contact.email", mail));
                htmlWays.add(htmlMsg("contact.email", "<a href=\"mailto:" + html(mail) + "\">" + html(mail) + "</a>"));
            }
            if (o.phone() != null && !o.phone().isBlank()) {
                ways.add(msg("contact.phone", line(o.phone())));
                htmlWays.add(html(msg("contact.phone", line(o.phone()))));
            }
            if (!ways.isEmpty()) {
                String name = line(o.name());
                text.append(msg("contact", name))
                        .append(' ')
                        .append(String.join(", ", ways))
                        .append(".\n\n");
                html.append("<p>")
                        .append(html(msg("contact", name)))
                        .append(' ')
                        .append(String.join(", ", htmlWays))
                        .append(".</p>\n");
            }
            text.append(msg("signature")).append('\n').append(line(o.name())).append("\n\n");
            html.append("<p>")
                    .append(html(msg("signature")))
                    .append("<br>\n")
                    .append(html(o.name()))
                    .append("</p>\n");
        }

        private void footer() {
            text.append("-- \n");
            html.append(
                    "<footer style=\"margin-top:2em;border-top:1px solid #767676;padding-top:1em;font-size:.9em;color:#333333\">\n");
            if (!f.funding().isEmpty()) {
                html.append("<h2 style=\"font-size:1em;margin:0 0 .5em\">")
                        .append(html(msg("footer.funding")))
                        .append("</h2>\n");
            }
            for (MailFacts.FundingNotice n : f.funding()) {
                String label = line(in(n.label()));
                String heading =
                        ((label == null ? "" : label + " ") + (n.funder() == null ? "" : line(n.funder()))).strip();
                String notice = plain(in(n.notice()));
                text.append(heading).append('\n');
                html.append("<p style=\"margin:0 0 .75em\"><strong>")
                        .append(html(label))
                        .append("</strong> ")
                        .append(html(line(n.funder())));
                if (notice != null && !notice.isBlank()) {
                    text.append(notice).append('\n');
                    html.append("<br>\n").append(html(notice).replace("\n", "<br>\n"));
                }
                html.append("</p>\n");
                text.append('\n');
            }
            text.append(msg("automatic")).append('\n');
            html.append("<p style=\"margin:0\">").append(html(msg("automatic"))).append("</p>\n</footer>\n");
        }

        private String calendarDescription(String title) {
            StringBuilder d = new StringBuilder(title).append('\n');
            var a = f.attendee();
            if (a.mode() != null) {
                d.append(msg("label.mode"))
                        .append(": ")
                        .append(msg("mode." + a.mode()))
                        .append('\n');
            }
            if (a.workshopCode() != null) {
                d.append(msg("label.workshop"))
                        .append(": ")
                        .append(line(a.workshopCode()))
                        .append(a.workshopTitle() == null ? "" : " – " + line(in(a.workshopTitle())))
                        .append('\n');
            }
            d.append(msg("link.event")).append(' ').append(eventPage());
            return d.toString();
        }

        private void paragraph(String value) {
            text.append(value).append("\n\n");
            html.append("<p>").append(html(value)).append("</p>\n");
        }

        /** A bundle text with one argument that is HTML already (escaped by the caller): the rest is escaped here. */
        private String htmlMsg(String key, String htmlArgument) {
            return html(msg(key, SLOT)).replace(SLOT, htmlArgument);
        }

        private void link(String label, String url, String action) {
            String u = line(url);
            text.append(label).append('\n').append(u).append("\n\n");
            html.append("<p>")
                    .append(html(label))
                    .append("<br>\n<a href=\"")
                    .append(html(u))
                    .append("\" style=\"color:#0b57d0;font-weight:bold\">")
                    .append(html(action))
                    .append("</a><br>\n")
                    .append("<span style=\"font-size:.85em;color:#333333;word-break:break-all\">")
                    .append(html(u))
                    .append("</span></p>\n");
        }

        private String eventPage() {
            return links.tenantSite() + "/e/" + f.event().slug();
        }

        private String in(LocalizedString s) {
            return s == null ? null : s.in(locale);
        }

        private String msg(String key, Object... args) {
            String pattern = texts.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        }
    }
}
