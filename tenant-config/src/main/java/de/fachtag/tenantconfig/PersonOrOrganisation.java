package de.fachtag.tenantconfig;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A contribution names a person, an organisation or both. Reported on {@code person}, the
 * first key of a contribution, so that the loader can name a line.
 */
@Documented
@Constraint(validatedBy = PersonOrOrganisation.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface PersonOrOrganisation {

    String message() default "must not be blank when there is no organisation; name a person, an organisation or both";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PersonOrOrganisation, ContributionDefinition> {

        @Override
        public boolean isValid(ContributionDefinition contribution, ConstraintValidatorContext context) {
            if (contribution == null
                    || !isBlank(contribution.getPerson())
                    || !isBlank(contribution.getOrganisation())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("person")
                    .addConstraintViolation();
            return false;
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }
    }
}
