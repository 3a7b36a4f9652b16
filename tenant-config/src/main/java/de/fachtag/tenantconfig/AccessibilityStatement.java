package de.fachtag.tenantconfig;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * The tenant's accessibility statement (Erklärung zur Barrierefreiheit), with the parts that
 * § 12b BGG and BITV 2.0 (and the Länder laws built on them) require: conformance status,
 * content that is not accessible, a feedback contact, the enforcement or arbitration body,
 * and the date of the last review.
 */
public class AccessibilityStatement {

    @NotNull(message = "must be one of FULL, PARTIAL, NONE")
    private Conformance conformance;

    /** What is not accessible yet and why; required, also for FULL ("none known"). */
    @NotNull(message = "must not be missing")
    @Valid
    private LocalizedText knownGaps;

    @NotBlank(message = "must not be blank")
    @Email(message = "must be an email address")
    private String feedbackEmail;

    @Pattern(regexp = Contact.PHONE_PATTERN, message = Contact.PHONE_MESSAGE)
    private String feedbackPhone;

    /** Name of the arbitration or enforcement body and how to reach it. */
    @NotNull(message = "must not be missing")
    @Valid
    private LocalizedText arbitrationBody;

    @NotNull(message = "must be a date like 2024-04-11")
    private LocalDate reviewedOn;

    public Conformance getConformance() {
        return conformance;
    }

    public void setConformance(Conformance conformance) {
        this.conformance = conformance;
    }

    public LocalizedText getKnownGaps() {
        return knownGaps;
    }

    public void setKnownGaps(LocalizedText knownGaps) {
        this.knownGaps = knownGaps;
    }

    public String getFeedbackEmail() {
        return feedbackEmail;
    }

    public void setFeedbackEmail(String feedbackEmail) {
        this.feedbackEmail = feedbackEmail;
    }

    public String getFeedbackPhone() {
        return feedbackPhone;
    }

    public void setFeedbackPhone(String feedbackPhone) {
        this.feedbackPhone = feedbackPhone;
    }

    public LocalizedText getArbitrationBody() {
        return arbitrationBody;
    }

    public void setArbitrationBody(LocalizedText arbitrationBody) {
        this.arbitrationBody = arbitrationBody;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(LocalDate reviewedOn) {
        this.reviewedOn = reviewedOn;
    }
}
