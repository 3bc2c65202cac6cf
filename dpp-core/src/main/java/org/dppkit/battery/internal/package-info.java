/**
 * Not part of dppkit's API: capabilities shared between dppkit's own modules (restoring stored
 * passport versions). Exported only to {@code org.dppkit.testing}; may change without notice.
 */
package org.dppkit.battery.internal;
