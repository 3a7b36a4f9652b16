/**
 * Tenants and their public face: the platform's tenant directory, each tenant's profile
 * (address, contact, branding, imprint, privacy notice, accessibility statement), its funders
 * with their funding notices, and its event series. Tenant files from {@code tenant-config}
 * are imported here.
 */
package de.fachtag.tenant;
