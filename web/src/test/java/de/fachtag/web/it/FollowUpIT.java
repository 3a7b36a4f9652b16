package de.fachtag.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import de.fachtag.results.FollowUp;
import de.fachtag.results.FollowUpService;
import de.fachtag.results.RecommendationInput;
import de.fachtag.results.RecommendationState;
import de.fachtag.results.ResultsEditing;
import de.fachtag.results.ResultsRuleException;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.web.it.results.ResultsWorkFixtures;

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
                editing.saveRecommendation(E, null, new RecommendationInput("Ohne Herkunft", null, "Text.", null, List.of(),
                        List.of(), List.of()), "Test");
                throw new AssertionError("a recommendation without a result was written");
            } catch (ResultsRuleException e) {
                assertThat(e.getMessageKey()).isEqualTo("results.recommendation.noResult");
            }
        });
    }

}
