/** A tenant's branding as files: the theme stylesheet with its colours, its logo, its funders' logos. */
package de.fachtag.web.asset;
