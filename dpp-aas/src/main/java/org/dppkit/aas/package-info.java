/**
 * AAS V3 environments of battery passports: {@link org.dppkit.aas.AasExporter}.
 */
package org.dppkit.aas;
