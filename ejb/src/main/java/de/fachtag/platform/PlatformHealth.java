package de.fachtag.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Answers whether the database serves the application role. Also defines that data source:
 * the application role from the environment, never the owner.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/fachtag",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${ENV=FACHTAG_DB_URL}",
        user = "${ENV=FACHTAG_DB_USER}",
        password = "${ENV=FACHTAG_DB_PASSWORD}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            // every connection is asked whether it still works (Connection.isValid: an empty
            // query) before it is handed out, and one that does not makes the pool drop them all:
            // after a restart or failover of PostgreSQL no request gets a connection it ended.
            // ("meta-data" asked the driver only, which answers without the server.)
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.statement-timeout-in-seconds=30",
            "ApplicationName=fachtag",
            // let PostgreSQL infer parameter types: EclipseLink binds a NULL uuid as varchar
            "stringType=unspecified"
        })
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformHealth {

    @Resource(lookup = "java:app/jdbc/fachtag")
    DataSource dataSource;

    public boolean databaseReachable() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            return s.execute("SELECT 1");
        } catch (SQLException e) {
            return false;
        }
    }
}
