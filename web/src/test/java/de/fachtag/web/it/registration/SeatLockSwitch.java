package de.fachtag.web.it.registration;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

/**
 * Test only: whether {@link SwitchableSeatLock} locks. On unless a negative control turns it
 * off, and that test turns it back on when it ends.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SeatLockSwitch {

    private volatile boolean off;

    public boolean isOff() {
        return off;
    }

    public void turnOff() {
        off = true;
    }

    public void turnOn() {
        off = false;
    }
}
