/**
 * Runnable dppkit examples (not published):
 * <ul>
 * <li>{@link org.dppkit.examples.Quickstart}: the README's first command; builds an EV battery
 *     model passport, a batch and item passports, validates them, writes their JSON views, QR
 *     codes and an A4 label sheet, and prints a summary;</li>
 * <li>{@link org.dppkit.examples.ErpBulkLabels}: reads production records from a CSV file and
 *     writes item passports and labels in bulk, with a progress bar and bad-row handling.</li>
 * </ul>
 * The test {@code FixtureSuiteExampleTest} shows how an application tests its own passport code
 * with the {@code dpp-testing} fixtures.
 */
package org.dppkit.examples;
