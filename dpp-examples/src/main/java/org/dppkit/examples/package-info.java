/**
 * Runnable dppkit examples. {@link org.dppkit.examples.Quickstart} is the README's first command.
 */
package org.dppkit.examples;
