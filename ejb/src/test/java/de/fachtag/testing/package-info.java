/**
 * Test support shared by the modules' tests (published as the ejb test-jar): a real PostgreSQL
 * database per test run, with the owner and application roles the product uses.
 */
package de.fachtag.testing;
