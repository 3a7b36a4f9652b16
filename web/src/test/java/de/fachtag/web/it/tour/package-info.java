/**
 * The page tour of issue 12 ({@code PageTourIT}): every public and back-office page at 1280 and
 * 390 px, screenshot, axe-core, no sideways scroll, focus rings of at least 3:1. Its event is
 * made here ({@link de.fachtag.web.it.tour.TourFixtures}), read by nobody else.
 */
package de.fachtag.web.it.tour;
