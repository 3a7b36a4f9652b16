package de.fachtag.tenantconfig;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * A {@code #rrggbb} colour, optionally with a minimum contrast against white. {@code null} is
 * valid; combine with {@code @NotBlank} where the colour is required.
 */
@Documented
@Constraint(validatedBy = Colour.Validator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Colour {

    /**
     * Minimum contrast ratio against white; 0 for none. Set where the UI draws the colour as
     * text or button background on a white page.
     */
    double minContrastAgainstWhite() default 0;

    String message() default "is not a colour";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks format first, contrast second, and says which of the two failed. */
    class Validator implements ConstraintValidator<Colour, String> {

        private double minContrast;

        @Override
        public void initialize(Colour annotation) {
            minContrast = annotation.minContrastAgainstWhite();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String message;
            if (!ColourContrast.isColour(value)) {
                message = "'" + value + "' is not a colour";
            } else {
                double ratio = ColourContrast.contrastAgainstWhite(value);
                if (minContrast <= 0 || ratio >= minContrast) {
                    return true;
                }
                message = "'" + value + "' has a contrast of " + ColourContrast.format(ratio)
                        + " against white; WCAG 2.1 AA needs at least "
                        + BigDecimal.valueOf(minContrast).stripTrailingZeros().toPlainString() + ":1";
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(Messages.literal(message))
                    .addConstraintViolation();
            return false;
        }
    }
}
