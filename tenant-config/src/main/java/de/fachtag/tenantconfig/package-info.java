/**
 * Tenant configuration as files: the model of one tenant (Mandant) and of one event as each
 * is written in a single YAML file, the loader that reads the bundled demo tenants and
 * events and an operator's extra directory, and the rules a file must pass before anything
 * reaches the database.
 *
 * <p>The importer in the EJB module calls {@link de.fachtag.tenantconfig.TenantConfigLoader}
 * and either gets every tenant or a {@link de.fachtag.tenantconfig.TenantConfigException}
 * naming every problem as {@code file:line field: message}; loading the events against
 * those tenants works the same way. Tenant and event files are reviewed like code, so the
 * loader is strict: unknown keys, duplicates and dangling references are errors, never
 * warnings.
 *
 * <p>Events live in this package rather than a subpackage because they share the
 * package-private binder, and because their loader-derived values (source name, hash) have
 * package-private setters, which is what keeps a file from setting them.
 *
 * <p>The model classes are plain mutable beans because the web UI edits a definition in
 * place and re-validates it with the same Bean Validation constraints the loader uses.
 */
package de.fachtag.tenantconfig;
