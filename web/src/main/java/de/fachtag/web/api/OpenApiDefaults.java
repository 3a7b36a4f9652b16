package de.fachtag.web.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Payara's OpenAPI document copies the defaults of every {@code @Schema} annotation into the
 * schema: {@code maxProperties: 0} (an object that allows no member, so a validating client
 * refuses every registration), {@code minLength: 0}, {@code uniqueItems: false} and the like.
 * They say nothing a reader needs, and {@code maxProperties: 0} says something false: this
 * filter drops them, so the document shows the schema the annotations mean (issue 10).
 * Registered in META-INF/microprofile-config.properties ({@code mp.openapi.filter}).
 */
public class OpenApiDefaults implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        return schema;
    }
}
