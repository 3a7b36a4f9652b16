package de.fachtag.web.it.boot;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro booted once per test run. The managed adapter starts a Micro process for each
 * deployment and stops it on undeploy; this one starts it for the first test class's deployment
 * (always {@link TestWar}), answers every later class's deployment with the same running
 * instance, ignores the undeploys between classes and stops the process when Arquillian stops
 * the container at the end of the run (the adapter's shutdown hook stops it should the JVM end
 * first). If the boot fails, every later class fails at once with the same cause instead of
 * booting again.
 */
public class OnePayaraMicro extends PayaraMicroDeployableContainer {

    private static final Logger LOG = Logger.getLogger(OnePayaraMicro.class.getName());

    private Archive<?> deployed;
    private ProtocolMetaData running;
    private DeploymentException failed;
    private int boots;
    private int classes;

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        classes++;
        if (failed != null) {
            throw new DeploymentException(
                    "Payara Micro did not boot for an earlier test class: " + failed.getMessage(), failed);
        }
        if (running != null) {
            if (!archive.getName().equals(deployed.getName())) {
                throw new DeploymentException("Payara Micro runs " + deployed.getName() + "; cannot deploy "
                        + archive.getName() + " beside it (one test WAR per run, see TestWar)");
            }
            return running;
        }
        boots++;
        LOG.info("Booting Payara Micro with " + archive.getName() + " for the whole test run (boot " + boots + ")");
        try {
            running = super.deploy(archive);
        } catch (DeploymentException | RuntimeException e) {
            failed = e instanceof DeploymentException d ? d : new DeploymentException(e.getMessage(), e);
            throw e;
        }
        deployed = archive;
        return running;
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // stays deployed for the next test class; stop() ends it
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        try {
            if (deployed != null) {
                super.undeploy(deployed);
            }
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not stop Payara Micro", e);
        } finally {
            deployed = null;
            running = null;
            // a line for the CI log: how many servers this run booted for how many classes
            System.out.println("[one-boot] Payara Micro boots: " + boots + ", test classes served: " + classes);
            super.stop();
        }
    }
}
