/**
 * Tenant configuration as files: the model of one tenant (Mandant) as written in a single
 * YAML file, the loader that reads the bundled demo tenants and an operator's extra
 * directory, and the rules a file must pass before anything reaches the database.
 *
 * <p>The importer in the EJB module calls {@link de.fachtag.tenantconfig.TenantConfigLoader}
 * and either gets every tenant or a {@link de.fachtag.tenantconfig.TenantConfigException}
 * naming every problem as {@code file:line field: message}. Tenant files are reviewed like
 * code, so the loader is strict: unknown keys, duplicates and dangling references are
 * errors, never warnings.
 *
 * <p>The model classes are plain mutable beans because the web UI edits a definition in
 * place and re-validates it with the same Bean Validation constraints the loader uses.
 */
package de.fachtag.tenantconfig;
