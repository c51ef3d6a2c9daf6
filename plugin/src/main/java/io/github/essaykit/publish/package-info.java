/**
 * What the site publishes beside its pages, from the same stage results: each essay's sources
 * as BibTeX, CSL-JSON and RIS downloads, the metadata reference managers read from a page
 * (Highwire Press {@code citation_*} tags, schema.org JSON-LD, COinS), the essay's own
 * citation, and, when the site has a public address, its Atom feed and sitemap. Every value is
 * untrusted text: each format escapes it its own way.
 */
package io.github.essaykit.publish;
