package de.fachtag.registration;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a person typed: any letters, marks and emoji of any script (right-to-left included), but
 * no control characters (line breaks only where {@link #multiline()}), no bidirectional
 * overrides that would make a name display as something else, and no broken UTF-16.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface PlainText {

    String message() default "{fachtag.text.controlCharacters}";

    boolean multiline() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {

        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || PlainTexts.isPlain(value, multiline);
        }
    }
}
