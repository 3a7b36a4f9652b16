/**
 * Tenancy, enforced twice: EclipseLink's tenant discriminator filters every query of a
 * tenant-owned entity, and PostgreSQL row level security filters every statement on the
 * connection. Both read the tenant from {@link de.fachtag.tenancy.TenantContext}, which the
 * web tier sets from the request path and background jobs set explicitly.
 */
package de.fachtag.tenancy;
