package de.fachtag.tenantconfig;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every entry of the list has a different key. The violation is reported on the later
 * entry's key property ({@code funders[1].key}), so that the loader can name its line.
 */
@Documented
@Constraint(validatedBy = UniqueKeys.Validator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface UniqueKeys {

    /** Name of the property that holds the key in each entry, e.g. {@code "key"} or {@code "slug"}. */
    String property();

    String message() default "keys must be unique";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<UniqueKeys, List<? extends Keyed>> {

        private String property;

        @Override
        public void initialize(UniqueKeys annotation) {
            property = annotation.property();
        }

        @Override
        public boolean isValid(List<? extends Keyed> entries, ConstraintValidatorContext context) {
            if (entries == null) {
                return true;
            }
            Map<String, Integer> firstIndex = new HashMap<>();
            boolean valid = true;
            for (int i = 0; i < entries.size(); i++) {
                Keyed entry = entries.get(i);
                String key = entry == null ? null : entry.uniqueKey();
                if (key == null) {
                    continue;
                }
                Integer first = firstIndex.putIfAbsent(key, i);
                if (first != null) {
                    if (valid) {
                        context.disableDefaultConstraintViolation();
                        valid = false;
                    }
                    context.buildConstraintViolationWithTemplate(
                                    Messages.literal("'" + key + "' is already used by entry [" + first + "]"))
                            .addPropertyNode(property)
                            .inIterable()
                            .atIndex(i)
                            .addConstraintViolation();
                }
            }
            return valid;
        }
    }
}
