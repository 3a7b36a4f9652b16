package de.fachtag.web.it.results;

import de.fachtag.tenancy.TenantContext;
import de.fachtag.web.it.events.EventFixtures;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;

/**
 * The data of {@code ResultsPublishingIT} besides the demo's (the imported documentations of
 * "Stadt – Land – Dorf" and of the 2019 regional conferences, which the test reads as the
 * product ships them): in Landkreis Mittelsachsen a series whose documentation refers into
 * another one ({@link PublishingProbe}). Created once the tenants are imported.
 */
@Singleton
@Startup
@DependsOn("EventFixtures")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublishingFixtures {

    private static final Logger LOG = Logger.getLogger(PublishingFixtures.class.getName());

    public static final String TENANT = EventFixtures.TENANT;
    public static final String DANGLING_SERIES = "it-reihe-verweis";
    public static final String OTHER_SERIES = "it-reihe-andere";

    @EJB
    PublishingProbe probe;

    @PostConstruct
    void create() {
        TenantContext.runAs(TENANT, () -> probe.danglingSeries(DANGLING_SERIES, OTHER_SERIES));
        LOG.info("ResultsPublishingIT fixtures ready");
    }
}
