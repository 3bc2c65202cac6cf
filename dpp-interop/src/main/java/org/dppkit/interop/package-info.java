/**
 * Export and import of battery passports in the data-space formats: {@link
 * org.dppkit.interop.InteropExporter}, {@link org.dppkit.interop.InteropImporter} and the
 * mapping table {@link org.dppkit.interop.InteropMapping}.
 */
package org.dppkit.interop;
