package de.fachtag.web.api;

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
 * A text of a JSON body that must name a constant of {@link #value()} exactly (case as written
 * in the OpenAPI document); null is left to the rules, which say whether the field is required.
 */
@Documented
@Constraint(validatedBy = EnumName.Validator.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface EnumName {

    Class<? extends Enum<?>> value();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EnumName, String> {

        private Enum<?>[] constants;

        @Override
        public void initialize(EnumName annotation) {
            constants = annotation.value().getEnumConstants();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            for (Enum<?> c : constants) {
                if (c.name().equals(value)) {
                    return true;
                }
            }
            return false;
        }
    }
}
