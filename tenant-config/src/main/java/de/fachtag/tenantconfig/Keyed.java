package de.fachtag.tenantconfig;

/**
 * An entry of a tenant file that other data refers to by a key (a funder's key, a series'
 * slug), which is why the key must be unique within its list.
 */
public interface Keyed {

    /** The key other data uses to refer to this entry; may be {@code null} in an invalid file. */
    String uniqueKey();
}
