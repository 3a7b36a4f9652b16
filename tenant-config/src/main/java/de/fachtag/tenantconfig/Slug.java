package de.fachtag.tenantconfig;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A slug as used in URLs ({@code /t/{tenant}/e/{event}}) and as a stable key in tenant files.
 * The length limit is the one of a DNS label, so a slug can also become a tenant's host name.
 * {@code null} is valid; combine with {@code @NotBlank} where the slug is required.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Size(max = Slug.MAX_LENGTH, message = "must be at most 63 characters")
@Pattern(
        regexp = Slug.PATTERN,
        message = "must be lowercase letters and digits, words joined by single hyphens, e.g. 'fachtag-integration'")
public @interface Slug {

    String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    int MAX_LENGTH = 63;

    String message() default "is not a slug";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
