/**
 * The actors directory and responsibility matrix of a tenant (Schnittstellenpapier /
 * Integrationswegweiser, issue 14): actors (institutions and organisations) with contact points
 * by role, tasks, the areas and target groups the tenant distinguishes, responsibilities (actor x
 * task x role x area x target group, with the date and person of the last confirmation) and life
 * situations for the Wegweiser.
 *
 * <p>One model of records ({@link de.fachtag.actors.ActorDirectory}) serves every use: the YAML
 * file (import and export, {@link de.fachtag.actors.ActorFile}), the public pages, the printed
 * paper, the data files and the quality checks ({@link de.fachtag.actors.ActorChecks}). The
 * entities are written and read by {@link de.fachtag.actors.ActorService} only.
 *
 * <p>Two rules live here: a person's name is published only with that person's recorded consent
 * (without it, the role alone), and every task x area x target group has exactly one responsible
 * actor (gaps and doubles are shown to the editor, not refused: the paper records reality).
 */
package de.fachtag.actors;
