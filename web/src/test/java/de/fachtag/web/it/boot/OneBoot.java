package de.fachtag.web.it.boot;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.test.spi.client.deployment.DeploymentScenarioGenerator;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * The Arquillian extension (registered in {@code META-INF/services}) that makes every
 * Arquillian test class of the run share one deployment in one Payara Micro: the deployment of
 * each class is {@link TestWar}, and the container is {@link OnePayaraMicro}, which boots it on
 * the first class and keeps it until the run ends.
 */
public class OneBoot implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.service(DeploymentScenarioGenerator.class, TestWar.class);
        builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, OnePayaraMicro.class);
    }
}
