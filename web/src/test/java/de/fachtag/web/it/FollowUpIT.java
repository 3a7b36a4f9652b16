package de.fachtag.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.results.FollowUp;
import de.fachtag.results.FollowUpService;
import de.fachtag.results.RecommendationInput;
import de.fachtag.results.RecommendationState;
import de.fachtag.results.ResultsEditing;
import de.fachtag.results.ResultsRuleException;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.web.it.results.ResultsWorkFixtures;
import jakarta.ejb.EJB;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, the rules behind the follow-up and the drafts (ResultsWorkIT has the pages):
 * the state history keeps every change and every confirmation with its date, incomplete states
 * are refused and change nothing, every saved version is kept with who saved it, and no
 * recommendation is written without a result. Data: {@link ResultsWorkFixtures}.
 */
@ExtendWith(ArquillianExtension.class)
class FollowUpIT {

    static final String T = ResultsWorkFixtures.TENANT;
    static final String E = ResultsWorkFixtures.EVENT;

    @EJB
    FollowUpService followUp;

    @EJB
    ResultsEditing editing;

    @EJB
    de.fachtag.results.PublishingService publishing;

    @EJB
    de.fachtag.results.ResultsService results;

    @EJB
    de.fachtag.reporting.Reports reports;

    @EJB
    de.fachtag.web.it.results.ResultsWorkProbeBean probe;

    @Test
    void theStateHistoryKeepsEveryChangeAndConfirmationWithItsDateAndRefusesWhatIsIncomplete() {
        Map<String, String> ids = ResultsWorkFixtures.IDS;
        UUID r2 = UUID.fromString(ids.get("r2"));
        TenantContext.runAs(T, () -> {
            int before = followUp.standing(E, r2).history().size();
            followUp.changeState(E, r2, RecommendationState.UNDER_REVIEW, null, null, "Test");
            followUp.changeState(E, r2, RecommendationState.UNDER_REVIEW, null, null, "Test");
            try {
                followUp.changeState(E, r2, RecommendationState.REJECTED, null, "  ", "Test");
                throw new AssertionError("a rejection without a reason was taken");
            } catch (ResultsRuleException e) {
                assertThat(e.getMessageKey()).isEqualTo("results.followUp.reasonMissing");
            }
            try {
                followUp.changeState(E, r2, RecommendationState.ADOPTED, "javascript:alert(1)", null, "Test");
                throw new AssertionError("a link that is no web address was taken");
            } catch (ResultsRuleException e) {
                assertThat(e.getMessageKey()).isEqualTo("results.followUp.linkInvalid");
            }
            FollowUp.Standing s = followUp.standing(E, r2);
            assertThat(s.state()).isEqualTo(RecommendationState.UNDER_REVIEW);
            assertThat(s.history()).hasSize(before + 2);
            List<FollowUp.HistoryEntry> last = s.history().subList(before, before + 2);
            assertThat(last).extracting(FollowUp.HistoryEntry::state).containsOnly(RecommendationState.UNDER_REVIEW);
            assertThat(last).extracting(FollowUp.HistoryEntry::confirmation).containsExactly(false, true);
            assertThat(last.get(1).changedAt()).isAfterOrEqualTo(last.get(0).changedAt());
            assertThat(s.confirmedAt()).isEqualTo(last.get(1).changedAt());
        });
    }

    @Test
    void everySavedVersionIsKeptAndNoRecommendationIsWrittenWithoutAResult() {
        UUID r1 = UUID.fromString(ResultsWorkFixtures.IDS.get("r1"));
        TenantContext.runAs(T, () -> {
            var versions = editing.versions(E, r1);
            assertThat(versions).extracting(v -> v.savedBy()).startsWith("Erste Redakteurin", "Zweiter Redakteur");
            assertThat(versions.get(0).textDe()).isEqualTo(ResultsWorkFixtures.R1_V1);
            assertThat(versions.get(1).textDe()).isEqualTo(ResultsWorkFixtures.R1_V2);
            try {
                editing.saveRecommendation(
                        E,
                        null,
                        new RecommendationInput("Ohne Herkunft", null, "Text.", null, List.of(), List.of(), List.of()),
                        "Test");
                throw new AssertionError("a recommendation without a result was written");
            } catch (ResultsRuleException e) {
                assertThat(e.getMessageKey()).isEqualTo("results.recommendation.noResult");
            }
        });
    }

    @Test
    void aSeriesRecommendationIsWrittenFromResultsOfSeveralEventsNumberedWithinTheSeriesDocument() {
        Map<String, String> ids = ResultsWorkFixtures.IDS;
        UUID one = UUID.fromString(ids.get("seriesResult1"));
        UUID two = UUID.fromString(ids.get("seriesResult2"));
        String series = ResultsWorkFixtures.SERIES;
        TenantContext.runAs(T, () -> {
            int before =
                    publishing.seriesDocumentation(series).recommendations().size();
            // no result, a result set aside, another tenant's result, an unknown id: refused, nothing written
            for (List<UUID> sources : List.of(List.<UUID>of(), List.of(one, UUID.fromString(ids.get("seriesAside"))))) {
                try {
                    publishing.addSeriesRecommendation(series, input("Ohne gültige Herkunft", sources, null), "Test");
                    throw new AssertionError("written from " + sources);
                } catch (ResultsRuleException e) {
                    assertThat(e.getMessageKey())
                            .isIn("results.recommendation.noResult", "results.recommendation.setAsideResult");
                }
            }
            for (UUID foreign : List.of(UUID.fromString(ids.get("otherResult")), UUID.randomUUID())) {
                try {
                    publishing.addSeriesRecommendation(
                            series, input("Fremde Herkunft", List.of(foreign), null), "Test");
                    throw new AssertionError("written from " + foreign);
                } catch (de.fachtag.results.ResultsNotFoundException e) {
                    // not found: another tenant's id is not told apart from none
                }
            }
            assertThat(publishing.seriesDocumentation(series).recommendations()).hasSize(before);

            UUID first = publishing.addSeriesRecommendation(
                    series, input("Kurse über Kreisgrenzen abstimmen", List.of(one, two), null), "Test");
            var doc = publishing.seriesDocumentation(series);
            var rec = doc.recommendations().stream()
                    .filter(r -> r.id().equals(first))
                    .findFirst()
                    .orElseThrow();
            assertThat(rec.identifier()).startsWith(doc.prefix() + "-").matches("HE-\\d{4}-INR-\\d{2}");
            assertThat(rec.sources()).extracting(r -> r.id()).containsExactly(one, two);
            assertThat(doc.partOf(rec.sources().get(0)).eventSlug()).isEqualTo(ResultsWorkFixtures.EVENT);
            assertThat(doc.partOf(rec.sources().get(1)).eventSlug()).isEqualTo(ResultsWorkFixtures.EVENT_2);
            // the next one follows in the same document and may point at the first; a dangling target is refused
            UUID second = publishing.addSeriesRecommendation(
                    series, input("Fahrdienste bündeln", List.of(two), rec.identifier()), "Test");
            var next = publishing.seriesDocumentation(series).recommendations().stream()
                    .filter(r -> r.id().equals(second))
                    .findFirst()
                    .orElseThrow();
            assertThat(next.number()).isEqualTo(rec.number() + 1);
            assertThat(next.references()).extracting(r -> r.targetIdentifier()).containsExactly(rec.identifier());
            try {
                publishing.addSeriesRecommendation(
                        series, input("Verweis ins Leere", List.of(two), doc.prefix() + "-99"), "Test");
                throw new AssertionError("a dangling reference was taken");
            } catch (ResultsRuleException e) {
                assertThat(e.getMessageKey()).isEqualTo("results.reference.dangling");
                assertThat(e.getPlace()).contains(doc.prefix() + "-99");
            }
            // a result a series recommendation uses can be neither set aside nor removed (provenance)
            try {
                results.setAside(ResultsWorkFixtures.EVENT_2, two, "Doch nicht");
                throw new AssertionError("a used result was set aside");
            } catch (ResultsRuleException e) {
                assertThat(e.getPlace()).contains(rec.identifier());
            }
        });
        // another tenant does not see the series at all
        TenantContext.runAs(ResultsWorkFixtures.OTHER_TENANT, () -> {
            try {
                publishing.addSeriesRecommendation(series, input("Fremd", List.of(one), null), "Test");
                throw new AssertionError("another tenant wrote into the series");
            } catch (de.fachtag.results.ResultsNotFoundException e) {
                // not found
            }
        });
    }

    @Test
    void aSeriesRecommendationIsEditedReorderedFollowedUpThroughItsLinkAndRemovedOnlyAsADraft() {
        Map<String, String> ids = ResultsWorkFixtures.IDS;
        UUID one = UUID.fromString(ids.get("seriesResult1"));
        UUID two = UUID.fromString(ids.get("seriesResult2"));
        String series = ResultsWorkFixtures.SERIES;
        String address = "reihe-verantwortlich@example.org";
        UUID[] kept = new UUID[1];
        TenantContext.runAs(T, () -> {
            UUID a = editing.saveSeriesRecommendation(
                    series, null, input("Reihe: Kurse gemeinsam planen", List.of(one), null), "Erste Redakteurin");
            UUID b = editing.saveSeriesRecommendation(
                    series, null, input("Reihe: Fahrdienste", List.of(two), null), "Erste Redakteurin");
            kept[0] = a;
            String idA = identifier(series, a);
            String idB = identifier(series, b);

            // change: a new version with who saved it; the same text again is no new version
            RecommendationInput changed = new RecommendationInput(
                    "Reihe: Kurse gemeinsam planen",
                    null,
                    "Die Landkreise stimmen ihre Kurse ab.\n\nEin Fahrdienst bringt die Teilnehmenden hin.",
                    null,
                    List.of(one, two),
                    List.of(),
                    List.of(new RecommendationInput.ReferenceInput(null, idB)));
            editing.saveSeriesRecommendation(series, a, changed, "Zweiter Redakteur");
            editing.saveSeriesRecommendation(series, a, changed, "Zweiter Redakteur");
            var versions = editing.seriesVersions(series, a);
            assertThat(versions).extracting(v -> v.savedBy()).containsExactly("Erste Redakteurin", "Zweiter Redakteur");
            assertThat(versions.get(1).textDe()).startsWith("Die Landkreise");
            assertThat(identifier(series, a)).isEqualTo(idA);
            // a comment on the second paragraph of version 2; a paragraph the version lacks is not found
            editing.commentSeries(series, a, 2, 1, "Wer bezahlt den Fahrdienst?", "Test");
            assertThat(editing.seriesComments(series, a))
                    .extracting(c -> c.paragraph())
                    .containsExactly(1);
            try {
                editing.commentSeries(series, a, 2, 7, "Ins Leere", "Test");
                throw new AssertionError("a comment on a missing paragraph was taken");
            } catch (de.fachtag.results.ResultsNotFoundException e) {
                // not found
            }

            // reorder: b before a, and both keep their identifiers
            publishing.moveSeriesRecommendation(series, b, -1);
            List<UUID> order = publishing.seriesDocumentation(series).recommendations().stream()
                    .map(r -> r.id())
                    .toList();
            assertThat(order.indexOf(b)).isLessThan(order.indexOf(a));
            assertThat(identifier(series, a)).isEqualTo(idA);
            assertThat(identifier(series, b)).isEqualTo(idB);

            // the follow-up state with its history; incomplete states are refused
            followUp.changeSeriesState(series, a, RecommendationState.UNDER_REVIEW, null, null, "Test");
            followUp.changeSeriesState(series, a, RecommendationState.UNDER_REVIEW, null, null, "Test");
            try {
                followUp.changeSeriesState(series, a, RecommendationState.REJECTED, null, null, "Test");
                throw new AssertionError("a rejection without a reason was taken");
            } catch (ResultsRuleException e) {
                assertThat(e.getMessageKey()).isEqualTo("results.followUp.reasonMissing");
            }
            assertThat(followUp.seriesStanding(series, a).history())
                    .extracting(FollowUp.HistoryEntry::state, FollowUp.HistoryEntry::confirmation)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(RecommendationState.OPEN, false),
                            org.assertj.core.groups.Tuple.tuple(RecommendationState.UNDER_REVIEW, false),
                            org.assertj.core.groups.Tuple.tuple(RecommendationState.UNDER_REVIEW, true));

            // the responsible person's personal link: its mail names the series and holds no token
            UUID access = followUp.assignSeries(series, a, "Frau Reihe", address, 30, "Test");
            assertThat(probe.mails(de.fachtag.mail.MailKind.FOLLOW_UP_LINK, address))
                    .isEqualTo(1);
            assertThat(probe.placeholderOnly(de.fachtag.mail.MailKind.FOLLOW_UP_LINK, address))
                    .isTrue();
            assertThat(probe.mailText(de.fachtag.mail.MailKind.FOLLOW_UP_LINK, address))
                    .contains("Veranstaltungsreihe „Regionalkonferenzen im Test“", idA)
                    .doesNotContain("des Fachtages");
            String token = probe.token(access);
            FollowUp.Opened opened = followUp.open(token).orElseThrow();
            assertThat(opened.ofSeries()).isTrue();
            assertThat(opened.seriesSlug()).isEqualTo(series);
            assertThat(opened.standing().identifier()).isEqualTo(idA);
            followUp.changeStateByLink(token, RecommendationState.IN_PROGRESS, null, null);
            FollowUp.Standing s = followUp.seriesStanding(series, a);
            assertThat(s.state()).isEqualTo(RecommendationState.IN_PROGRESS);
            assertThat(s.history().get(s.history().size() - 1).changedBy()).isEqualTo("Frau Reihe");
            assertThat(followUp.seriesLinks(series))
                    .extracting(FollowUp.LinkView::id, FollowUp.LinkView::target)
                    .contains(org.assertj.core.groups.Tuple.tuple(access, idA));
            // the event's ways do not reach a series recommendation
            try {
                followUp.standing(E, a);
                throw new AssertionError("a series recommendation was found under an event");
            } catch (de.fachtag.results.ResultsNotFoundException e) {
                // not found
            }

            // reminders through the outbox, once per period (far ahead: other tests remind in the first periods)
            java.time.Instant later = java.time.Instant.now().plus(java.time.Duration.ofDays(900));
            followUp.remindDue(later);
            followUp.remindDue(later.plusSeconds(60));
            assertThat(probe.mails(de.fachtag.mail.MailKind.FOLLOW_UP_REMINDER, address))
                    .isEqualTo(1);
            assertThat(probe.mailText(de.fachtag.mail.MailKind.FOLLOW_UP_REMINDER, address))
                    .contains("Veranstaltungsreihe");

            // removing: refused while another one points at it, and while the documentation is published
            try {
                publishing.removeSeriesRecommendation(series, b);
                throw new AssertionError("a recommendation others point at was removed");
            } catch (ResultsRuleException e) {
                assertThat(e.getMessageKey()).isEqualTo("results.recommendation.referenced");
            }
            editing.saveSeriesRecommendation(
                    series,
                    a,
                    new RecommendationInput(
                            changed.titleDe(), null, changed.textDe(), null, List.of(one), List.of(), List.of()),
                    "Zweiter Redakteur");
            boolean wasPublished = publishing.seriesDocumentation(series).publishedAt() != null;
            if (!wasPublished) {
                publishing.publishSeries(series);
            }
            try {
                publishing.removeSeriesRecommendation(series, b);
                throw new AssertionError("a recommendation of the published documentation was removed");
            } catch (ResultsRuleException e) {
                assertThat(e.getMessageKey()).isEqualTo("results.recommendation.publishedCannotRemove");
                assertThat(e.getPlace()).isEqualTo(idB);
            }
            publishing.withdrawSeries(series);
            publishing.removeSeriesRecommendation(series, b);
            if (wasPublished) {
                publishing.publishSeries(series);
            }
            var doc = publishing.seriesDocumentation(series);
            assertThat(doc.recommendations()).extracting(r -> r.id()).doesNotContain(b);
            // its result stays, unused by it
            assertThat(doc.results().stream()
                            .filter(r -> r.id().equals(two))
                            .findFirst()
                            .orElseThrow()
                            .usedBy())
                    .extracting(u -> u.identifier())
                    .doesNotContain(idB);
            // its number is not handed out again
            UUID c = editing.saveSeriesRecommendation(series, null, input("Reihe: Neu", List.of(two), null), "Test");
            assertThat(identifier(series, c)).isNotEqualTo(idB);
        });
        // another tenant: not found
        TenantContext.runAs(ResultsWorkFixtures.OTHER_TENANT, () -> {
            for (Runnable r : List.<Runnable>of(
                    () -> editing.seriesVersions(series, kept[0]),
                    () -> followUp.seriesStanding(series, kept[0]),
                    () -> followUp.changeSeriesState(series, kept[0], RecommendationState.OPEN, null, null, "x"),
                    () -> publishing.moveSeriesRecommendation(series, kept[0], 1),
                    () -> publishing.removeSeriesRecommendation(series, kept[0]))) {
                try {
                    r.run();
                    throw new AssertionError("another tenant reached the series recommendation");
                } catch (de.fachtag.results.ResultsNotFoundException e) {
                    // not found
                }
            }
        });
    }

    private String identifier(String series, UUID id) {
        return publishing.seriesDocumentation(series).recommendations().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow()
                .identifier();
    }

    private static RecommendationInput input(String title, List<UUID> sources, String reference) {
        return new RecommendationInput(
                title,
                null,
                title + ": Text.",
                null,
                sources,
                List.of(),
                reference == null ? List.of() : List.of(new RecommendationInput.ReferenceInput(null, reference)));
    }

    @Test
    void aWorkshopLeadsKeywordsComeFromTheTenantsVocabularyOnly() {
        Map<String, String> ids = ResultsWorkFixtures.IDS;
        String token = ids.get("leadToken");
        UUID own = UUID.fromString(ids.get("leadKeyword"));
        UUID foreign = UUID.fromString(ids.get("otherKeyword"));
        TenantContext.runAs(T, () -> {
            assertThat(followUp.keywordsByLink(token))
                    .extracting(k -> k.id())
                    .contains(own)
                    .doesNotContain(foreign);
            int before = results.documentation(E).results().size();
            try {
                followUp.addResultByLink(
                        token, de.fachtag.results.ResultType.NEED, "Mit fremdem Stichwort", null, List.of(foreign));
                throw new AssertionError("another tenant's keyword was taken");
            } catch (de.fachtag.results.ResultsNotFoundException e) {
                // not found, and nothing stored
            }
            assertThat(results.documentation(E).results()).hasSize(before);
            UUID id = followUp.addResultByLink(
                    token, de.fachtag.results.ResultType.NEED, "Mit eigenem Stichwort", null, List.of(own));
            assertThat(results.documentation(E).results().stream()
                            .filter(r -> r.id().equals(id))
                            .findFirst()
                            .orElseThrow()
                            .keywords())
                    .extracting(k -> k.id())
                    .containsExactly(own);
            followUp.changeResultByLink(
                    token, id, de.fachtag.results.ResultType.NEED, "Mit eigenem Stichwort", null, List.of());
            assertThat(results.documentation(E).results().stream()
                            .filter(r -> r.id().equals(id))
                            .findFirst()
                            .orElseThrow()
                            .keywords())
                    .isEmpty();
            followUp.removeResultByLink(token, id);
        });
    }

    @Test
    void theDocumentationsWorkshopFiguresAreTheReportsFiguresProtectedAsTheyLeaveTheTenant() {
        Map<String, String> ids = ResultsWorkFixtures.IDS;
        UUID a = UUID.fromString(ids.get("workshopA"));
        UUID b = UUID.fromString(ids.get("workshopB"));
        TenantContext.runAs(T, () -> {
            de.fachtag.reporting.EventReport report = reports.event(E);
            de.fachtag.reporting.DocumentationFigures figures = reports.documentationFigures(E);
            for (var line : report.byWorkshop()) {
                if (line.code().isEmpty()) {
                    continue;
                }
                UUID workshop = line.code().equals("A") ? a : b;
                long attended = line.counts().count(de.fachtag.reporting.Metric.ATTENDED);
                // the same figure as the report's, where it may be shown at all
                if (attended == 0 || attended >= de.fachtag.reporting.SmallCells.THRESHOLD) {
                    assertThat(figures.attendance(workshop))
                            .as(line.code())
                            .isEqualTo(de.fachtag.reporting.SmallCells.Cell.of(attended));
                } else {
                    assertThat(figures.attendance(workshop).shown())
                            .as(line.code())
                            .isFalse();
                }
            }
            assertThat(figures.attendance(a)).isEqualTo(de.fachtag.reporting.SmallCells.Cell.of(7));
            // sectors: the report's definition (confirmed), never a figure about 1 to 4 people
            assertThat(figures.sectors(a)).hasSize(2);
            for (UUID w : List.of(a, b)) {
                assertThat(figures.sectors(w))
                        .allMatch(f -> !f.cell().shown()
                                || f.cell().value() == 0
                                || f.cell().value() >= de.fachtag.reporting.SmallCells.THRESHOLD);
            }
            long confirmedA = report.byWorkshop().stream()
                    .filter(l -> l.code().equals("A"))
                    .findFirst()
                    .orElseThrow()
                    .counts()
                    .count(de.fachtag.reporting.Metric.CONFIRMED);
            assertThat(confirmedA).isEqualTo(8);
        });
    }
}
