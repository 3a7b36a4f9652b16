/**
 * Events (Fachtag, Regionalkonferenz) with their agenda (Ablauf), workshops and the people
 * who contribute (speakers, moderators, panel guests, greetings, workshop leads, confirmed or
 * only asked: "angefragt"). The event is the aggregate root: agenda items, workshops and
 * contributions change only through it, so its rules (within the event's hours, unique
 * workshop codes) hold whoever edits.
 */
package de.fachtag.event;
