package de.fachtag.web.it.mail;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

/** Test only: whether {@link DemoOutboxPreview} pretends demo mode. Off unless MailIT's preview test turns it on, and that test turns it off when it ends. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DemoOutboxSwitch {

    private volatile boolean on;

    public boolean isOn() {
        return on;
    }

    public void set(boolean on) {
        this.on = on;
    }
}
