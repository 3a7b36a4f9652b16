package de.fachtag.web.it.mail;

import de.fachtag.web.platform.OutboxPreview;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Test only: the production {@link OutboxPreview}, except while {@link DemoOutboxSwitch} is on:
 * then the page behaves as in demo mode (no SMTP server), although the run's server is there.
 * Enabled for the whole application by its priority; the production class knows nothing of it.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class DemoOutboxPreview extends OutboxPreview {

    @Inject
    DemoOutboxSwitch demo;

    @Override
    public boolean isDemo() {
        return demo.isOn() || super.isDemo();
    }
}
