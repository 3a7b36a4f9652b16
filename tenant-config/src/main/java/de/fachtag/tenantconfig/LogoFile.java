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
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The bare file name of an SVG or PNG logo lying beside the tenant file. No directories,
 * no leading dot: the loader resolves the name only inside the tenant file's own folder, and
 * this rule keeps {@code ../} from ever reaching the file system. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Pattern(
        regexp = LogoFile.PATTERN,
        message = "must be the name of an .svg or .png file beside the tenant file, e.g. 'logo.svg'")
public @interface LogoFile {

    String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]*\\.(svg|png)$";

    String message() default "is not a logo file name";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
