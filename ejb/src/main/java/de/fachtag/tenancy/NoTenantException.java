package de.fachtag.tenancy;

import jakarta.ejb.ApplicationException;

/** A tenant-owned operation was called without a tenant: it fails closed. */
@ApplicationException(rollback = true)
public class NoTenantException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoTenantException(String message) {
        super(message);
    }
}
