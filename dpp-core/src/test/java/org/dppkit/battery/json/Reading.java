package org.dppkit.battery.json;

import java.io.ByteArrayInputStream;

/** Reads documents in tests through the strictest public path available. */
final class Reading {

    private Reading() {
    }

    static Object read(String json) {
        return PassportJson.standard().readDocument(json);
    }

    static Object read(byte[] json) {
        return PassportJson.standard().readDocument(new ByteArrayInputStream(json));
    }
}
