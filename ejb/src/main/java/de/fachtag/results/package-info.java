/**
 * After the Fachtag: results of workshops and agenda items (need, problem, proposal, good
 * practice, open question), the tenant's keyword vocabulary, recommendations
 * (Handlungsempfehlungen) written from results with identifiers that never change, typed
 * cross-references between them, and the published documentation of an event.
 *
 * <p>Provenance is the rule of this package: a recommendation always names at least one result,
 * writing one from many results deletes none of them, and every result is either used or set
 * aside with a reason (a check shown while drafting, not a refusal).
 */
package de.fachtag.results;
