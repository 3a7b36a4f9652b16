/**
 * Helpers of {@link de.fachtag.web.it.EventPublicIT}: the events it reads, created once at
 * deployment ({@link de.fachtag.web.it.events.EventFixtures}), the few writes the organizer
 * services do not offer yet ({@link de.fachtag.web.it.events.EventProbe}), and a lazily started
 * browser for the accessibility and phone-width checks ({@link de.fachtag.web.it.events.EventBrowser}).
 */
package de.fachtag.web.it.events;
