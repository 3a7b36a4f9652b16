/**
 * How the container tests boot: one test WAR ({@link de.fachtag.web.it.boot.TestWar}: the
 * built product plus every probe, fixture and test class of {@code de.fachtag.web.it}) in one
 * Payara Micro ({@link de.fachtag.web.it.boot.OnePayaraMicro}) for the whole failsafe run, and
 * one GreenMail SMTP server ({@link de.fachtag.web.it.boot.TestSmtp}) in the failsafe JVM that
 * the application sends to. {@link de.fachtag.web.it.boot.OneBoot} plugs the first two into
 * Arquillian. Client side only: nothing of this package is deployed.
 */
package de.fachtag.web.it.boot;
