/**
 * EU battery passports (Regulation (EU) 2023/1542, Art. 77 and Annex XIII): passports at Model,
 * Batch and Item level, their sections and builders, and the field catalogue.
 *
 * <p>Every type in this package is an immutable, thread-safe value unless its documentation says
 * otherwise (builders are mutable and meant for a single thread). No method accepts or returns
 * {@code null} unless documented.
 */
package org.dppkit.battery;
